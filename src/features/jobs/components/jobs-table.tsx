import type { TranscriptionJobSummary } from '@aws-sdk/client-transcribe';
import Link from '@cloudscape-design/components/link';
import Table, { type TableProps } from '@cloudscape-design/components/table';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { JobStatusIndicator } from '@/lib/transcribe/job-status-indicator';
import { formatJobTime, jobLanguageLabel, outputLocationTypeLabel } from '@/lib/transcribe/jobs';

export interface JobsTableProps {
  jobs: TranscriptionJobSummary[];
  loading: boolean;
  selected: TranscriptionJobSummary | undefined;
  onSelect(job: TranscriptionJobSummary | undefined): void;
  header: ReactNode;
  filter: ReactNode;
  pagination: ReactNode;
  preferences: ReactNode;
  empty: ReactNode;
}

export function JobsTable(props: JobsTableProps) {
  const navigate = useNavigate();
  // Minimum widths that add up to less than an 800 px window with the navigation closed, so the
  // table is never cut there (the lines wrap instead).
  const columns: TableProps.ColumnDefinition<TranscriptionJobSummary>[] = [
    {
      id: 'name',
      header: 'Name',
      minWidth: 130,
      isRowHeader: true,
      cell: (job) => {
        const href = `/jobs/${encodeURIComponent(job.TranscriptionJobName ?? '')}`;
        return (
          <Link
            href={href}
            onFollow={(event) => {
              event.preventDefault();
              void navigate(href);
            }}
          >
            {job.TranscriptionJobName}
          </Link>
        );
      },
    },
    {
      id: 'status',
      header: 'Status',
      minWidth: 120,
      cell: (job) => <JobStatusIndicator status={job.TranscriptionJobStatus} />,
    },
    { id: 'language', header: 'Language', minWidth: 90, cell: (job) => jobLanguageLabel(job) },
    {
      id: 'creationTime',
      header: 'Creation time',
      minWidth: 100,
      cell: (job) => formatJobTime(job.CreationTime, { seconds: false }),
    },
    {
      id: 'completionTime',
      header: 'Completion time',
      minWidth: 100,
      cell: (job) => formatJobTime(job.CompletionTime, { seconds: false }),
    },
    {
      id: 'outputLocationType',
      header: 'Output location type',
      minWidth: 110,
      cell: (job) => outputLocationTypeLabel(job.OutputLocationType),
    },
  ];

  return (
    <Table
      variant="full-page"
      stickyHeader
      wrapLines
      columnDefinitions={columns}
      items={props.jobs}
      trackBy={(job) => job.TranscriptionJobName ?? ''}
      loading={props.loading}
      loadingText="Loading transcription jobs"
      selectionType="single"
      selectedItems={props.selected ? [props.selected] : []}
      onSelectionChange={({ detail }) => props.onSelect(detail.selectedItems[0])}
      ariaLabels={{
        tableLabel: 'Transcription jobs',
        selectionGroupLabel: 'Job selection',
        allItemsSelectionLabel: () => 'Select all jobs',
        itemSelectionLabel: (_selection, job) => job.TranscriptionJobName ?? '',
      }}
      header={props.header}
      filter={props.filter}
      pagination={props.pagination}
      preferences={props.preferences}
      empty={props.empty}
    />
  );
}

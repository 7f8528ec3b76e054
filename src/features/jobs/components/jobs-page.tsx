import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import CollectionPreferences from '@cloudscape-design/components/collection-preferences';
import Flashbar from '@cloudscape-design/components/flashbar';
import Header from '@cloudscape-design/components/header';
import Pagination from '@cloudscape-design/components/pagination';
import Select, { type SelectProps } from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import TextFilter from '@cloudscape-design/components/text-filter';
import type { TranscriptionJobSummary } from '@aws-sdk/client-transcribe';
import { useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { describeAwsError } from '@/lib/aws/errors';
import { DeleteJobModal } from '@/lib/transcribe/delete-job-modal';
import {
  copyJobPath,
  isJobNotFoundError,
  isJobStatus,
  jobStatusOptions,
} from '@/lib/transcribe/jobs';
import { useFlashMessages } from '@/lib/use-flash-messages';
import { useRefreshOnClick } from '@/lib/use-refresh-on-click';
import { useAppConfig } from '@/config/config-context';
import { useDeleteTranscriptionJob } from '@/lib/transcribe/api/delete-transcription-job';
import { useTranscriptionJobs } from '@/lib/transcribe/api/list-transcription-jobs';
import {
  type JobsFilter,
  PAGE_SIZES,
  filterKey,
  nameFilterProblem,
  readJobsFilter,
  writeJobsFilter,
} from '../jobs-filter';
import { currentToken, paginationProps } from '../paging';
import { usePaging } from '../use-paging';
import { JobsTable } from './jobs-table';

const anyStatus: SelectProps.Option = { value: '', label: 'Any status' };
const statusSelectOptions: SelectProps.Option[] = [anyStatus, ...jobStatusOptions];

export function JobsPage() {
  const navigate = useNavigate();
  const { region } = useAppConfig();
  const [search, setSearch] = useSearchParams();
  const filter = readJobsFilter(search);
  const setFilter = (next: JobsFilter) => setSearch(writeJobsFilter(next), { replace: true });

  // The box shows what is typed; the URL (and so the request) follows after a pause in typing.
  // Only "Clear filter" changes the name from outside the box, and it sets both.
  const [nameInput, setNameInput] = useState(filter.name);
  const nameProblem = nameFilterProblem(nameInput) ?? nameFilterProblem(filter.name);

  const [paging, dispatchPaging] = usePaging(filterKey(filter));
  const jobsQuery = useTranscriptionJobs(
    {
      status: filter.status,
      nameContains: filter.name,
      pageSize: filter.pageSize,
      nextToken: currentToken(paging),
    },
    { enabled: nameFilterProblem(filter.name) === undefined },
  );
  const { refreshing, refresh } = useRefreshOnClick(jobsQuery.refetch);
  const page = jobsQuery.data;
  const currentPage = paging.current;
  useEffect(() => {
    if (page)
      dispatchPaging({
        type: 'page-loaded',
        page: currentPage,
        nextToken: page.nextToken,
        itemCount: page.jobs.length,
      });
  }, [page, currentPage, dispatchPaging]);

  const jobs = nameProblem ? [] : (page?.jobs ?? []);
  const [selectedName, setSelectedName] = useState<string>();
  const selected = jobs.find((job) => job.TranscriptionJobName === selectedName);

  const flash = useFlashMessages();
  const deleteJob = useDeleteTranscriptionJob();
  const [jobToDelete, setJobToDelete] = useState<string>();
  const deleteErrorText =
    deleteJob.error && !isJobNotFoundError(deleteJob.error)
      ? describeAwsError(deleteJob.error).message
      : undefined;

  const confirmDelete = () => {
    if (!jobToDelete || deleteJob.isPending) return;
    const name = jobToDelete;
    const done = (message: string, type: 'success' | 'info') => {
      flash.add(type, message);
      setJobToDelete(undefined);
      setSelectedName(undefined);
    };
    deleteJob.mutate(name, {
      onSuccess: () => done(`Job ${name} deleted`, 'success'),
      onError: (error) => {
        if (isJobNotFoundError(error)) {
          done(`Job ${name} no longer exists`, 'info');
          void jobsQuery.refetch();
        }
      },
    });
  };

  const filtered = Boolean(filter.status || filter.name);
  const pagination = paginationProps(paging);
  const counter =
    page && !nameProblem ? `(${jobs.length}${pagination.openEnd ? '+' : ''})` : undefined;
  const loadError = jobsQuery.isError ? describeAwsError(jobsQuery.error) : undefined;

  const clearFilter = () => {
    setNameInput('');
    setFilter({ ...filter, status: undefined, name: '' });
  };

  return (
    <SpaceBetween size="m">
      {flash.items.length > 0 ? <Flashbar items={flash.items} /> : null}
      {loadError ? (
        <Alert
          type="error"
          header="The transcription jobs could not be loaded"
          action={<Button onClick={() => void jobsQuery.refetch()}>Retry</Button>}
        >
          {loadError.message}
        </Alert>
      ) : null}
      <JobsTable
        jobs={jobs}
        loading={jobsQuery.isPending && jobsQuery.fetchStatus !== 'idle'}
        selected={selected}
        onSelect={(job: TranscriptionJobSummary | undefined) =>
          setSelectedName(job?.TranscriptionJobName)
        }
        header={
          <Header
            variant="awsui-h1-sticky"
            counter={counter}
            description="Jobs that transcribe a media file in Amazon S3 into text."
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button
                  iconName="refresh"
                  ariaLabel="Refresh"
                  loading={refreshing}
                  disabled={nameProblem !== undefined}
                  onClick={refresh}
                />
                <Button
                  disabled={!selected}
                  onClick={() => {
                    deleteJob.reset();
                    setJobToDelete(selected?.TranscriptionJobName);
                  }}
                >
                  Delete
                </Button>
                <Button
                  disabled={!selected}
                  ariaLabel={selected ? `Copy job ${selected.TranscriptionJobName}` : 'Copy job'}
                  onClick={() => {
                    if (selected?.TranscriptionJobName)
                      void navigate(copyJobPath(selected.TranscriptionJobName));
                  }}
                >
                  Copy
                </Button>
                <Button variant="primary" onClick={() => void navigate('/jobs/create')}>
                  Create job
                </Button>
              </SpaceBetween>
            }
          >
            Transcription jobs
          </Header>
        }
        filter={
          <SpaceBetween direction="horizontal" size="xs">
            <TextFilter
              filteringText={nameInput}
              filteringPlaceholder="Find jobs by name"
              filteringAriaLabel="Filter jobs by name"
              filteringClearAriaLabel="Clear name filter"
              onChange={({ detail }) => setNameInput(detail.filteringText)}
              onDelayedChange={({ detail }) => {
                setFilter({ ...filter, name: detail.filteringText });
              }}
            />
            <Select
              ariaLabel="Filter by status"
              inlineLabelText="Status"
              selectedOption={
                statusSelectOptions.find((option) => option.value === (filter.status ?? '')) ??
                anyStatus
              }
              options={statusSelectOptions}
              onChange={({ detail }) => {
                const value = detail.selectedOption.value;
                setFilter({ ...filter, status: isJobStatus(value) ? value : undefined });
              }}
            />
          </SpaceBetween>
        }
        pagination={
          <Pagination
            {...pagination}
            disabled={jobsQuery.isFetching && !page}
            onChange={({ detail }) =>
              dispatchPaging({ type: 'go-to', page: detail.currentPageIndex })
            }
            ariaLabels={{
              paginationLabel: 'Jobs pages',
              previousPageLabel: 'Previous page',
              nextPageLabel: 'Next page',
              pageLabel: (pageNumber) => `Page ${pageNumber}`,
            }}
          />
        }
        preferences={
          <CollectionPreferences
            title="Preferences"
            confirmLabel="Confirm"
            cancelLabel="Cancel"
            preferences={{ pageSize: filter.pageSize }}
            pageSizePreference={{
              title: 'Page size',
              options: PAGE_SIZES.map((size) => ({ value: size, label: `${size} jobs` })),
            }}
            onConfirm={({ detail }) =>
              setFilter({ ...filter, pageSize: detail.pageSize ?? filter.pageSize })
            }
          />
        }
        empty={
          nameProblem ? (
            <Box textAlign="center" color="inherit">
              <Box variant="strong" textAlign="center" color="inherit">
                Invalid name filter
              </Box>
              <Box variant="p" padding={{ bottom: 's' }} color="inherit">
                {nameProblem}
              </Box>
            </Box>
          ) : loadError ? (
            <Box textAlign="center" color="inherit">
              <Box variant="p" color="inherit">
                No jobs to show.
              </Box>
            </Box>
          ) : filtered ? (
            <Box textAlign="center" color="inherit">
              <Box variant="strong" textAlign="center" color="inherit">
                No matches
              </Box>
              <Box variant="p" padding={{ bottom: 's' }} color="inherit">
                No transcription jobs match the filter.
              </Box>
              <Button onClick={clearFilter}>Clear filter</Button>
            </Box>
          ) : (
            <Box textAlign="center" color="inherit">
              <Box variant="strong" textAlign="center" color="inherit">
                No transcription jobs
              </Box>
              <Box variant="p" padding={{ bottom: 's' }} color="inherit">
                You don&apos;t have any transcription jobs in {region}.
              </Box>
              <Button onClick={() => void navigate('/jobs/create')}>
                Create transcription job
              </Button>
            </Box>
          )
        }
      />
      <DeleteJobModal
        jobName={jobToDelete}
        deleting={deleteJob.isPending}
        errorText={deleteErrorText}
        onCancel={() => setJobToDelete(undefined)}
        onConfirm={confirmDelete}
      />
    </SpaceBetween>
  );
}

import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Flashbar from '@cloudscape-design/components/flashbar';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import Pagination from '@cloudscape-design/components/pagination';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table, { type TableProps } from '@cloudscape-design/components/table';
import TextFilter from '@cloudscape-design/components/text-filter';
import type { UseQueryResult } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { describeAwsError } from '@/lib/aws/errors';
import { formatDateTime } from '@/lib/format-date-time';
import { languageName } from '@/lib/transcribe/languages';
import { useFlashMessages } from '@/lib/use-flash-messages';
import { useRefreshOnClick } from '@/lib/use-refresh-on-click';
import { useDeleteCustomResource } from './api/delete-custom-resource';
import { DeleteResourceModal } from './delete-resource-modal';
import { ResourceStateIndicator } from './resource-state-indicator';
import { detailsHref, isResourceNotFoundError, type ResourceKindInfo } from './resource-kinds';

/** One row of a custom resource list, whichever the kind. */
export interface ResourceRow {
  name: string;
  languageCode?: string;
  /** VocabularyState or ModelStatus; filters have none. */
  state?: string;
  lastModified?: Date;
}

const PAGE_SIZE = 20;

/**
 * A custom resource list (vocabularies, vocabulary filters, language models): name, language,
 * state (where the kind has one) and last modified; a filter by name; refresh; delete with a
 * confirmation that names the resource; "Create". The list is every page of the API's list,
 * shown 20 rows at a time; it refreshes by itself while a resource on it is being processed.
 */
export function ResourceListPage({
  info,
  title,
  description,
  query,
  showState,
}: {
  info: ResourceKindInfo;
  title: string;
  description: string;
  query: UseQueryResult<ResourceRow[]>;
  showState: boolean;
}) {
  const navigate = useNavigate();
  const flash = useFlashMessages();
  const { refreshing, refresh } = useRefreshOnClick(query.refetch);
  const [filterText, setFilterText] = useState('');
  const [pageIndex, setPageIndex] = useState(1);
  const [selectedName, setSelectedName] = useState<string>();
  const [toDelete, setToDelete] = useState<string>();
  const deletion = useDeleteCustomResource(info.kind);

  const needle = filterText.trim().toLowerCase();
  const all = query.data ?? [];
  const matching = needle ? all.filter((row) => row.name.toLowerCase().includes(needle)) : all;
  const pages = Math.max(1, Math.ceil(matching.length / PAGE_SIZE));
  const page = Math.min(pageIndex, pages);
  const rows = matching.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const selected = all.find((row) => row.name === selectedName);
  const loadError = query.isError ? describeAwsError(query.error) : undefined;
  const create = `${info.basePath}/create`;
  const createLabel = `Create ${info.noun}`;

  const confirmDelete = () => {
    if (!toDelete || deletion.isPending) return;
    const name = toDelete;
    const done = (message: string, type: 'success' | 'info') => {
      flash.add(type, message);
      setToDelete(undefined);
      setSelectedName(undefined);
    };
    deletion.mutate(name, {
      onSuccess: () => done(`${info.Noun} ${name} deleted`, 'success'),
      onError: (error) => {
        if (isResourceNotFoundError(error)) {
          done(`${info.Noun} ${name} no longer exists`, 'info');
          void query.refetch();
        }
      },
    });
  };

  const columns: TableProps.ColumnDefinition<ResourceRow>[] = [
    {
      id: 'name',
      header: 'Name',
      isRowHeader: true,
      minWidth: 180,
      cell: (row) => {
        const href = detailsHref(info, row.name);
        return (
          <Link
            href={href}
            onFollow={(event) => {
              event.preventDefault();
              void navigate(href);
            }}
          >
            {row.name}
          </Link>
        );
      },
    },
    {
      id: 'language',
      header: 'Language',
      cell: (row) => (row.languageCode ? languageName(row.languageCode) : '-'),
    },
    ...(showState
      ? [
          {
            id: 'state',
            header: 'State',
            cell: (row: ResourceRow) => <ResourceStateIndicator state={row.state} />,
          },
        ]
      : []),
    {
      id: 'lastModified',
      header: 'Last modified',
      cell: (row) => formatDateTime(row.lastModified, { seconds: false }),
    },
  ];

  return (
    <SpaceBetween size="m">
      {flash.items.length > 0 ? <Flashbar items={flash.items} /> : null}
      {loadError ? (
        <Alert
          type="error"
          header={`The ${info.plural} could not be loaded`}
          action={<Button onClick={() => void query.refetch()}>Retry</Button>}
        >
          {loadError.message}
        </Alert>
      ) : null}
      <Table
        variant="full-page"
        stickyHeader
        wrapLines
        columnDefinitions={columns}
        items={rows}
        trackBy="name"
        loading={query.isPending && query.fetchStatus !== 'idle'}
        loadingText={`Loading ${info.plural}`}
        selectionType="single"
        selectedItems={selected ? [selected] : []}
        onSelectionChange={({ detail }) => setSelectedName(detail.selectedItems[0]?.name)}
        ariaLabels={{
          tableLabel: title,
          selectionGroupLabel: `${info.Noun} selection`,
          allItemsSelectionLabel: () => `Select all ${info.plural}`,
          itemSelectionLabel: (_selection, row) => row.name,
        }}
        header={
          <Header
            variant="awsui-h1-sticky"
            counter={query.data ? `(${matching.length})` : undefined}
            description={description}
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button
                  iconName="refresh"
                  ariaLabel="Refresh"
                  loading={refreshing}
                  onClick={refresh}
                />
                <Button
                  disabled={!selected}
                  onClick={() => {
                    deletion.reset();
                    setToDelete(selected?.name);
                  }}
                >
                  Delete
                </Button>
                <Button variant="primary" onClick={() => void navigate(create)}>
                  {createLabel}
                </Button>
              </SpaceBetween>
            }
          >
            {title}
          </Header>
        }
        filter={
          <TextFilter
            filteringText={filterText}
            filteringPlaceholder={`Find ${info.plural} by name`}
            filteringAriaLabel={`Filter ${info.plural} by name`}
            filteringClearAriaLabel="Clear name filter"
            countText={needle ? `${matching.length} matches` : undefined}
            onChange={({ detail }) => {
              setFilterText(detail.filteringText);
              setPageIndex(1);
            }}
          />
        }
        pagination={
          <Pagination
            currentPageIndex={page}
            pagesCount={pages}
            onChange={({ detail }) => setPageIndex(detail.currentPageIndex)}
            ariaLabels={{
              paginationLabel: `${info.Noun} pages`,
              previousPageLabel: 'Previous page',
              nextPageLabel: 'Next page',
              pageLabel: (pageNumber) => `Page ${pageNumber}`,
            }}
          />
        }
        empty={
          needle ? (
            <Box textAlign="center" color="inherit">
              <Box variant="strong" textAlign="center" color="inherit">
                No matches
              </Box>
              <Box variant="p" padding={{ bottom: 's' }} color="inherit">
                No {info.plural} match the filter.
              </Box>
              <Button onClick={() => setFilterText('')}>Clear filter</Button>
            </Box>
          ) : (
            <Box textAlign="center" color="inherit">
              <Box variant="strong" textAlign="center" color="inherit">
                No {info.plural}
              </Box>
              <Box variant="p" padding={{ bottom: 's' }} color="inherit">
                You don&apos;t have any {info.plural} in this Region.
              </Box>
              <Button onClick={() => void navigate(create)}>{createLabel}</Button>
            </Box>
          )
        }
      />
      <DeleteResourceModal
        info={info}
        name={toDelete}
        deleting={deletion.isPending}
        errorText={
          deletion.error && !isResourceNotFoundError(deletion.error)
            ? describeAwsError(deletion.error).message
            : undefined
        }
        onCancel={() => setToDelete(undefined)}
        onConfirm={confirmDelete}
      />
    </SpaceBetween>
  );
}

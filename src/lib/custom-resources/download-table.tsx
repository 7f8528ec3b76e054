import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Table from '@cloudscape-design/components/table';
import { useQuery } from '@tanstack/react-query';
import { parseDownloadContent } from './download-content';

/** What a DownloadUri serves, fetched without credentials (the link itself is signed). */
async function fetchDownload(uri: string, signal: AbortSignal): Promise<string> {
  const response = await fetch(uri, { signal });
  const text = await response.text();
  if (!response.ok) throw new Error(`HTTP ${response.status}: ${text || response.statusText}`);
  return text;
}

/**
 * The content of a vocabulary's or filter's DownloadUri as a table. Keyed by the resource and
 * its last change, not by the link, which is signed afresh on every Get.
 */
export function DownloadTable({
  uri,
  resourceKey,
  label,
  listColumn,
}: {
  uri: string | undefined;
  resourceKey: readonly unknown[];
  /** The table's accessible name, e.g. "Vocabulary entries". */
  label: string;
  /** The column a one-term-per-line file is shown under ("Word"). */
  listColumn: string;
}) {
  const download = useQuery({
    queryKey: ['transcribe', 'download', ...resourceKey],
    queryFn: ({ signal }) => fetchDownload(uri ?? '', signal),
    enabled: Boolean(uri),
    staleTime: Infinity,
    retry: false,
  });
  if (!uri) return null;
  if (download.isError)
    return (
      <Alert type="error" header="The content could not be downloaded">
        {download.error.message}
      </Alert>
    );
  const content = download.data ? parseDownloadContent(download.data, listColumn) : undefined;
  return (
    <Table
      variant="embedded"
      wrapLines
      loading={download.isPending}
      loadingText="Downloading"
      ariaLabels={{ tableLabel: label }}
      columnDefinitions={(content?.columns ?? [listColumn]).map((column, index) => ({
        id: `${index}`,
        header: column,
        cell: (row: string[]) => row[index] || '-',
      }))}
      items={content?.rows ?? []}
      empty={<Box textAlign="center">No entries</Box>}
    />
  );
}

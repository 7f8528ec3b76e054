import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Table from '@cloudscape-design/components/table';
import { useQueries } from '@tanstack/react-query';
import { useState } from 'react';
import { useAwsClients } from '@/lib/aws/clients';
import { KmsKeyName } from '@/lib/kms-key/kms-key-name';
import type { SentJob } from '@/lib/transcribe/sent-jobs';
import { fetchPresignedTranscript, getTranscriptObject } from '../api/get-transcript';
import { getTranscriptObjectHeadQueryOptions } from '../api/head-transcript-object';
import { describeTranscriptReadError, kmsKeyOf, outputEncryptionLabel } from '../output-encryption';
import { filesThatDiffer, type OutputFile } from '../output-files';
import { saveFile } from '../save-file';
import { s3Uri } from '@/lib/transcribe/transcript-location';

const contentTypes: Record<string, string> = {
  json: 'application/json',
  srt: 'application/x-subrip',
  vtt: 'text/vtt',
};

/**
 * "Output files": every file the completed job wrote, each with its encryption read from the
 * object (one HeadObject per file; the transcript's is the one "Output encryption" reads) and a
 * download. A file encrypted unlike the others is flagged.
 */
export function OutputFilesTable({
  jobName,
  files,
  accountId,
  sent,
}: {
  jobName: string;
  files: OutputFile[];
  /** The analyst's account: its keys are named by alias, from ListAliases. */
  accountId: string | undefined;
  /** What this console sent for the job, when it was created here: the alias typed. */
  sent: SentJob | undefined;
}) {
  const { s3 } = useAwsClients();
  const heads = useQueries({
    queries: files.map((file) =>
      getTranscriptObjectHeadQueryOptions(
        s3,
        jobName,
        file.location.kind === 'customer-bucket' ? file.location : undefined,
      ),
    ),
  });
  const differs = filesThatDiffer(heads.map((head) => head.data?.encryption));
  const [downloadError, setDownloadError] = useState<string>();
  const [downloading, setDownloading] = useState<string>();

  const download = async (file: OutputFile, index: number) => {
    setDownloadError(undefined);
    setDownloading(file.uri);
    try {
      const read =
        file.location.kind === 'customer-bucket'
          ? await getTranscriptObject(s3, file.location.bucket, file.location.key)
          : await fetchPresignedTranscript(file.uri);
      const extension = file.fileName.split('.').pop() ?? '';
      saveFile(
        file.fileName,
        read.body,
        read.contentType || contentTypes[extension] || 'text/plain',
      );
    } catch (error) {
      setDownloadError(
        `${file.fileName}: ${describeTranscriptReadError(error, heads[index]?.data?.encryption).message}`,
      );
    } finally {
      setDownloading(undefined);
    }
  };

  return (
    <SpaceBetween size="s">
      <Table
        variant="container"
        wrapLines
        header={
          <Header
            variant="h2"
            counter={`(${files.length})`}
            description="Every file the job wrote, each with the encryption S3 reports for it."
          >
            Output files
          </Header>
        }
        items={files.map((file, index) => ({ file, index }))}
        trackBy={({ file }) => file.uri}
        empty={<Box color="text-status-inactive">The job wrote no files.</Box>}
        columnDefinitions={[
          { id: 'kind', header: 'File', cell: ({ file }) => file.kind },
          {
            id: 'location',
            header: 'S3 URI',
            cell: ({ file }) =>
              file.location.kind === 'customer-bucket'
                ? s3Uri(file.location)
                : file.location.kind === 'service-bucket'
                  ? `Service-managed S3 bucket: ${file.fileName}`
                  : file.uri,
          },
          {
            id: 'encryption',
            header: 'Encryption',
            cell: ({ file, index }) => {
              if (file.location.kind !== 'customer-bucket')
                return file.location.kind === 'service-bucket'
                  ? 'Managed by Amazon Transcribe'
                  : 'Unknown';
              const head = heads[index];
              if (!head || head.isPending)
                return <StatusIndicator type="loading">Reading</StatusIndicator>;
              if (head.isError)
                return (
                  <StatusIndicator type="error">
                    {describeTranscriptReadError(head.error).message}
                  </StatusIndicator>
                );
              const encryption = head.data.encryption;
              const keyArn = kmsKeyOf(encryption);
              const label = outputEncryptionLabel(encryption);
              // The key by name beside its copyable ARN, as under "Output data".
              const key = keyArn ? (
                <KmsKeyName
                  keyArn={keyArn}
                  accountId={accountId}
                  known={
                    sent?.kmsKeyAlias
                      ? { alias: sent.kmsKeyAlias, keyRef: sent.kmsKeyArn ?? sent.kmsKeyId }
                      : undefined
                  }
                />
              ) : null;
              return differs[index] ? (
                <SpaceBetween size="xxxs">
                  <StatusIndicator type="warning">
                    {label}
                    {keyArn ? ' with the key below' : ''}: differs from the other files
                  </StatusIndicator>
                  {key}
                </SpaceBetween>
              ) : (
                <SpaceBetween size="xxxs">
                  <span>{keyArn ? `${label} with` : label}</span>
                  {key}
                </SpaceBetween>
              );
            },
          },
          {
            id: 'download',
            header: 'Download',
            cell: ({ file, index }) => (
              <Button
                variant="inline-icon"
                iconName="download"
                ariaLabel={`Download ${file.fileName}`}
                loading={downloading === file.uri}
                onClick={() => void download(file, index)}
              />
            ),
          },
        ]}
      />
      {downloadError ? (
        <Alert type="error" dismissible onDismiss={() => setDownloadError(undefined)}>
          {downloadError}
        </Alert>
      ) : null}
    </SpaceBetween>
  );
}

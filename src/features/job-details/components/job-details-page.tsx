import type { TranscriptionJob } from '@aws-sdk/client-transcribe';
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Flashbar from '@cloudscape-design/components/flashbar';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs, {
  type KeyValuePairsProps,
} from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useAppConfig } from '@/config/config-context';
import { describeAwsError } from '@/lib/aws/errors';
import { DeleteJobModal } from '@/lib/transcribe/delete-job-modal';
import { JobStatusIndicator } from '@/lib/transcribe/job-status-indicator';
import { languageName } from '@/lib/transcribe/languages';
import {
  formatJobTime,
  isJobActive,
  isJobNotFoundError,
  JOB_NAME_PATTERN,
  jobLanguageLabel,
  copyJobPath,
} from '@/lib/transcribe/jobs';
import { useFlashMessages } from '@/lib/use-flash-messages';
import { useRefreshOnClick } from '@/lib/use-refresh-on-click';
import { useDeleteTranscriptionJob } from '@/lib/transcribe/api/delete-transcription-job';
import { useTranscriptionJob } from '@/lib/transcribe/api/get-transcription-job';
import { useTranscriptFile } from '../api/get-transcript';
import { useTranscriptObjectHead } from '../api/head-transcript-object';
import { jobSettingPairs } from '../job-settings';
import { outputFilesOf } from '../output-files';
import { recallSentJob } from '@/lib/transcribe/sent-jobs';
import {
  parseTranscriptFileUri,
  type TranscriptLocation,
} from '@/lib/transcribe/transcript-location';
import { useCurrentAccountId } from '@/lib/aws/get-caller-identity';
import { TextWithKeyNames } from '@/lib/kms-key/kms-key-name';
import { JobNotFound } from './job-not-found';
import { OutputData } from './output-data';
import { OutputFilesTable } from './output-files-table';
import { TranscriptPreview } from './transcript-preview';

/** `owner`: the signed-in user's `sub`, whose record of the jobs sent from here is read. */
export function JobDetailsPage({ name, owner }: { name: string; owner: string }) {
  const { region } = useAppConfig();
  const navigate = useNavigate();
  const flash = useFlashMessages();
  const [deleted, setDeleted] = useState(false);
  // A name outside the API's pattern cannot name a job: no request, just "not found".
  const possibleName = JOB_NAME_PATTERN.test(name) && name.length <= 200;
  const jobQuery = useTranscriptionJob(name, { enabled: !deleted && possibleName });
  const { refreshing, refresh } = useRefreshOnClick(jobQuery.refetch);
  const deleteJob = useDeleteTranscriptionJob();
  const [confirmingDelete, setConfirmingDelete] = useState(false);

  if (!possibleName) return <JobNotFound name={name} region={region} impossibleName />;
  if (jobQuery.isError && isJobNotFoundError(jobQuery.error))
    return <JobNotFound name={name} region={region} />;

  const leave = (message: string) => {
    setDeleted(true);
    void navigate('/jobs', { state: { flash: message } });
  };
  const confirmDelete = () => {
    if (deleteJob.isPending) return;
    deleteJob.mutate(name, {
      onSuccess: () => leave(`Job ${name} deleted`),
      onError: (error) => {
        if (isJobNotFoundError(error)) leave(`Job ${name} no longer exists`);
      },
    });
  };

  const job = jobQuery.data;
  const loadError = jobQuery.isError ? describeAwsError(jobQuery.error) : undefined;

  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          actions={
            <SpaceBetween direction="horizontal" size="xs">
              <Button
                iconName="refresh"
                ariaLabel="Refresh job"
                loading={refreshing}
                onClick={refresh}
              />
              <Button
                disabled={!job}
                onClick={() => void navigate(copyJobPath(name))}
                ariaLabel={`Copy job ${name}`}
              >
                Copy
              </Button>
              <Button
                disabled={!job}
                onClick={() => {
                  deleteJob.reset();
                  setConfirmingDelete(true);
                }}
              >
                Delete
              </Button>
            </SpaceBetween>
          }
        >
          {name}
        </Header>
      }
    >
      <SpaceBetween size="l">
        {flash.items.length > 0 ? <Flashbar items={flash.items} /> : null}
        {loadError ? (
          <Alert
            type="error"
            header={
              job ? 'The job could not be refreshed' : 'The transcription job could not be loaded'
            }
            action={<Button onClick={() => void jobQuery.refetch()}>Retry</Button>}
          >
            {loadError.message}
          </Alert>
        ) : null}
        {job ? (
          <JobDetailsView job={job} name={name} owner={owner} />
        ) : jobQuery.isPending ? (
          <StatusIndicator type="loading">Loading the job</StatusIndicator>
        ) : null}
      </SpaceBetween>
      <DeleteJobModal
        jobName={confirmingDelete ? name : undefined}
        deleting={deleteJob.isPending}
        errorText={
          deleteJob.error && !isJobNotFoundError(deleteJob.error)
            ? describeAwsError(deleteJob.error).message
            : undefined
        }
        onCancel={() => setConfirmingDelete(false)}
        onConfirm={confirmDelete}
      />
    </ContentLayout>
  );
}

function JobDetailsView({
  job,
  name,
  owner,
}: {
  job: TranscriptionJob;
  name: string;
  owner: string;
}) {
  const config = useAppConfig();
  const accountId = useCurrentAccountId();
  const sent = recallSentJob(owner, job);
  const status = job.TranscriptionJobStatus;
  const completed = status === 'COMPLETED';
  // A job that redacts without keeping the unredacted copy writes only the redacted transcript.
  const uri = job.Transcript?.TranscriptFileUri ?? job.Transcript?.RedactedTranscriptFileUri;
  const location: TranscriptLocation | undefined =
    completed && uri ? parseTranscriptFileUri(uri, config.endpoints?.s3) : undefined;
  const customer = location?.kind === 'customer-bucket' ? location : undefined;
  const head = useTranscriptObjectHead(name, customer);
  const transcript = useTranscriptFile(name, job.CompletionTime, location);

  const general: KeyValuePairsProps.Pair[] = [
    { label: 'Name', value: job.TranscriptionJobName ?? name },
    { label: 'Status', value: <JobStatusIndicator status={status} /> },
    ...(job.FailureReason
      ? [
          {
            label: 'Failure reason',
            value: (
              <TextWithKeyNames
                text={job.FailureReason}
                accountId={accountId}
                known={
                  sent?.kmsKeyAlias
                    ? { alias: sent.kmsKeyAlias, keyRef: sent.kmsKeyArn ?? sent.kmsKeyId }
                    : undefined
                }
              />
            ),
          },
        ]
      : []),
    { label: 'Language', value: jobLanguageLabel(job) },
    ...(job.IdentifiedLanguageScore !== undefined
      ? [
          {
            label: 'Identified language score',
            value: job.IdentifiedLanguageScore.toFixed(2),
          },
        ]
      : []),
    ...(job.LanguageOptions?.length
      ? [{ label: 'Language options', value: job.LanguageOptions.map(languageName).join('; ') }]
      : []),
    { label: 'Creation time', value: formatJobTime(job.CreationTime) },
    { label: 'Start time', value: formatJobTime(job.StartTime) },
    { label: 'Completion time', value: formatJobTime(job.CompletionTime) },
  ];

  const input: KeyValuePairsProps.Pair[] = [
    { label: 'Media file', value: job.Media?.MediaFileUri ?? '-' },
    { label: 'Media format', value: job.MediaFormat ?? 'Detected when the job runs' },
    {
      label: 'Sample rate',
      value: job.MediaSampleRateHertz ? `${job.MediaSampleRateHertz} Hz` : '-',
    },
  ];

  const files = outputFilesOf(job, config.endpoints?.s3);
  const tags = job.Tags ?? [];
  const settings = jobSettingPairs(job);

  return (
    <SpaceBetween size="l">
      {isJobActive(status) ? (
        <Alert type="info">
          The job is {status === 'QUEUED' ? 'queued' : 'in progress'}. This page refreshes by itself
          until it ends.
        </Alert>
      ) : null}
      <Container header={<Header variant="h2">General information</Header>}>
        <KeyValuePairs columns={3} items={general} />
      </Container>
      <Container header={<Header variant="h2">Input data</Header>}>
        <KeyValuePairs columns={3} items={input} />
      </Container>
      <OutputData job={job} name={name} location={location} head={head} sent={sent} />
      {files.length > 0 ? (
        <OutputFilesTable jobName={name} files={files} accountId={accountId} sent={sent} />
      ) : null}
      {settings.length > 0 ? (
        <Container header={<Header variant="h2">Settings</Header>}>
          <KeyValuePairs columns={3} items={settings} />
        </Container>
      ) : null}
      <TranscriptPreview
        jobName={name}
        status={status}
        location={location}
        encryption={head.data?.encryption}
        transcript={transcript}
      />
      <Container
        header={
          <Header variant="h2" counter={`(${tags.length})`}>
            Tags
          </Header>
        }
      >
        {tags.length === 0 ? (
          <Box variant="p" color="text-status-inactive">
            No tags
          </Box>
        ) : (
          <KeyValuePairs
            columns={3}
            items={tags.map((tag) => ({ label: tag.Key ?? '', value: tag.Value || '-' }))}
          />
        )}
      </Container>
    </SpaceBetween>
  );
}

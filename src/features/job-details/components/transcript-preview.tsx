import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { TranscriptFile } from '../api/get-transcript';
import type { OutputEncryption } from '../output-encryption';
import { describeTranscriptReadError } from '../output-encryption';
import { parseTranscriptDocument } from '../transcript-document';
import type { TranscriptLocation } from '@/lib/transcribe/transcript-location';
import { saveFile } from '../save-file';
import { TranscriptTurnsView, turnsWorthShowing } from './transcript-turns-view';

/** Saves the transcript as the file it is, from the bytes already read for the preview. */
function download(name: string, file: TranscriptFile) {
  saveFile(`${name}.json`, file.body, file.contentType || 'application/json');
}

export interface TranscriptPreviewProps {
  jobName: string;
  status: string | undefined;
  location: TranscriptLocation | undefined;
  encryption: OutputEncryption | undefined;
  transcript: UseQueryResult<TranscriptFile>;
}

export function TranscriptPreview(props: TranscriptPreviewProps) {
  const { transcript } = props;
  const file = transcript.data;
  return (
    <Container
      header={
        <Header
          variant="h2"
          description="The text of the transcript file the job wrote."
          actions={
            <Button
              iconName="download"
              disabled={!file}
              onClick={() => file && download(props.jobName, file)}
            >
              Download
            </Button>
          }
        >
          Transcript preview
        </Header>
      }
    >
      <TranscriptBody {...props} />
    </Container>
  );
}

function TranscriptBody({ status, location, encryption, transcript }: TranscriptPreviewProps) {
  if (status === 'FAILED') return <Box variant="p">The job failed, so there is no transcript.</Box>;
  if (status !== 'COMPLETED')
    return (
      <StatusIndicator type="pending">
        The transcript is available when the job completes.
      </StatusIndicator>
    );
  if (!location || location.kind === 'unknown')
    return (
      <Alert type="warning" header="The transcript cannot be previewed">
        Its location is not an S3 address this console reads:{' '}
        {location?.kind === 'unknown' ? location.uri : 'none given'}
      </Alert>
    );
  if (transcript.isPending)
    return <StatusIndicator type="loading">Loading the transcript</StatusIndicator>;
  if (transcript.isError) {
    const problem = describeTranscriptReadError(transcript.error, encryption);
    return (
      <Alert
        type="error"
        header={
          problem.kind === 'kms-decrypt-denied'
            ? 'You cannot decrypt this transcript'
            : 'The transcript could not be read'
        }
        action={
          problem.kind === 'kms-decrypt-denied' ? undefined : (
            <Button onClick={() => void transcript.refetch()}>Retry</Button>
          )
        }
      >
        {problem.message}
      </Alert>
    );
  }
  return <TranscriptText body={transcript.data.body} />;
}

function TranscriptText({ body }: { body: string }) {
  // The job refreshes the page while it runs; a long transcript is parsed once per file.
  const preview = useMemo(() => parseTranscriptDocument(body), [body]);
  if (!preview.ok)
    return (
      <Alert type="warning" header="The transcript cannot be previewed">
        {preview.problem} Download it to see the file as it is.
      </Alert>
    );
  if (preview.text.trim() === '')
    return <Box variant="p">The transcript is empty: no speech was recognised in the media.</Box>;
  if (turnsWorthShowing(preview.turns)) return <TranscriptTurnsView turns={preview.turns} />;
  return (
    <SpaceBetween size="xs">
      <div
        role="region"
        aria-label="Transcript text"
        // Long transcripts scroll inside the box; focusable so a keyboard can scroll it.
        tabIndex={0}
        style={{ whiteSpace: 'pre-wrap', maxHeight: 400, overflowY: 'auto' }}
      >
        {preview.text}
      </div>
    </SpaceBetween>
  );
}

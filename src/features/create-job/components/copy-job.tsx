import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { describeAwsError } from '@/lib/aws/errors';
import { useCallerIdentity } from '@/lib/aws/get-caller-identity';
import { useCopySource } from '../api/get-copy-source';
import { type CopiedJob, formValuesFromJob } from '../from-job';

/** Reads the job to copy, then hands its settings to the form (once). */
export function CopyJobLoader({
  name,
  owner,
  onCopied,
}: {
  name: string;
  owner: string;
  onCopied: (copied: CopiedJob) => void;
}) {
  const navigate = useNavigate();
  const source = useCopySource(name, owner);
  const identity = useCallerIdentity();
  // The account tells this account's keys (back in the list) from another's (by ARN).
  const ready = source.data && (identity.data || identity.isError);
  useEffect(() => {
    if (ready && source.data)
      onCopied(formValuesFromJob(source.data, { accountId: identity.data?.Account }));
  }, [ready, source.data, identity.data?.Account, onCopied]);

  if (source.isError)
    return (
      <Alert
        type="error"
        header={`Job ${name} could not be copied`}
        action={
          <SpaceBetween direction="horizontal" size="xs">
            <Button onClick={() => void source.refetch()}>Retry</Button>
            <Button onClick={() => void navigate('/jobs/create', { replace: true })}>
              Start with an empty form
            </Button>
          </SpaceBetween>
        }
      >
        {describeAwsError(source.error).message}
      </Alert>
    );
  return <StatusIndicator type="loading">Loading job {name} to copy its settings</StatusIndicator>;
}

/** Over a form filled from another job: from which, and what to choose again. */
export function CopiedJobAlert({
  from,
  chooseAgain,
  onDismiss,
}: {
  from: string;
  chooseAgain: string[];
  onDismiss: () => void;
}) {
  return (
    <Alert
      type="info"
      header={`Settings copied from job ${from}`}
      dismissible
      onDismiss={onDismiss}
      i18nStrings={{
        dismissAriaLabel: 'Dismiss copied settings notice',
        infoIconAriaLabel: 'Info',
      }}
    >
      <Box variant="p">Enter a name for the new job.</Box>
      {chooseAgain.length > 0 ? (
        <>
          <Box variant="p">Choose again what the job does not tell:</Box>
          <ul>
            {chooseAgain.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </>
      ) : null}
    </Alert>
  );
}

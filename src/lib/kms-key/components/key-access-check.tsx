import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { KmsKeyChecks } from '../use-kms-key-checks';

/** The result of the Encrypt dry run, and "Check access" to run it again. */
export function KeyAccessCheck({
  checks,
}: {
  checks: Pick<KmsKeyChecks, 'access' | 'accessRequest' | 'waitingForContext'>;
}) {
  const { access, accessRequest, waitingForContext } = checks;
  const running = access.isFetching;
  let status = null;
  if (!accessRequest)
    status = waitingForContext ? (
      <StatusIndicator type="info">
        Complete or remove the encryption context pairs to check access with them.
      </StatusIndicator>
    ) : null;
  else if (running)
    status = <StatusIndicator type="loading">Checking access to the key</StatusIndicator>;
  else if (access.data?.status === 'allowed')
    status = <StatusIndicator type="success">{access.data.message}</StatusIndicator>;
  else if (access.data?.status === 'refused')
    // The reason is on the key field itself; saying it twice would only add noise.
    status = (
      <StatusIndicator type="error">You can't use this key: see the reason above.</StatusIndicator>
    );
  else if (access.data?.status === 'unknown')
    status = <StatusIndicator type="warning">{access.data.message}</StatusIndicator>;
  return (
    <div role="status" aria-live="polite">
      <SpaceBetween direction="horizontal" size="s" alignItems="center">
        <Button
          formAction="none"
          disabled={!accessRequest}
          loading={running}
          onClick={() => void access.recheck()}
        >
          Check access
        </Button>
        {status}
      </SpaceBetween>
    </div>
  );
}

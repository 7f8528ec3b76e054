import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { KmsKeyChecks } from '../use-kms-key-checks';
import { KeyAccessAdvice } from './key-access-advice';

/** The access check's result, and "Check access" to run it again. */
export function KeyAccessCheck({
  checks,
}: {
  checks: Pick<KmsKeyChecks, 'access' | 'accessRequest' | 'waitingForContext' | 'words' | 'typing'>;
}) {
  const { access, accessRequest, waitingForContext, words, typing } = checks;
  const running = access.isFetching;
  let status = null;
  if (!accessRequest)
    status = typing ? (
      <StatusIndicator type="pending">The key is checked when you pause typing.</StatusIndicator>
    ) : waitingForContext ? (
      <StatusIndicator type="info">
        Complete or remove the encryption context pairs to check access with them.
      </StatusIndicator>
    ) : null;
  else if (running)
    status = <StatusIndicator type="loading">Checking access to the key</StatusIndicator>;
  else if (words) status = <StatusIndicator type={words.tone}>{words.headline}</StatusIndicator>;
  else if (access.isError)
    status = (
      <StatusIndicator type="warning">
        The access check did not complete. Choose &quot;Check access&quot; to try again.
      </StatusIndicator>
    );
  return (
    <SpaceBetween size="s">
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
      {accessRequest && !running && words && (words.advice || words.details) ? (
        <Box padding={{ left: 'l' }}>
          <KeyAccessAdvice words={words} />
        </Box>
      ) : null}
    </SpaceBetween>
  );
}

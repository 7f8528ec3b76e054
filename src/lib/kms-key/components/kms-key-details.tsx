import Box from '@cloudscape-design/components/box';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { describeAwsError } from '@/lib/aws/errors';
import { formatDateTime } from '@/lib/format-date-time';
import { keyStateLabel } from '../key-checks';
import type { KmsKeyChecks } from '../use-kms-key-checks';

/** "Key rotation", from GetKeyRotationStatus: on (with its period and next date) or off. */
function KeyRotationStatus({ rotation }: { rotation: KmsKeyChecks['rotation'] }) {
  if (rotation.isPending) return <StatusIndicator type="loading">Loading</StatusIndicator>;
  if (rotation.isError)
    return (
      <StatusIndicator type="warning">
        Unknown: {describeAwsError(rotation.error).message}
      </StatusIndicator>
    );
  const { enabled, periodInDays, nextRotation } = rotation.data;
  if (!enabled) return <div>Disabled</div>;
  // Only what KMS said: the period and the next date, each when given.
  const schedule = [
    periodInDays === undefined ? undefined : `Every ${periodInDays} days`,
    nextRotation && `next on ${formatDateTime(nextRotation, { seconds: false })}`,
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <>
      <div>Enabled</div>
      {schedule ? (
        <Box variant="small" color="text-body-secondary">
          {schedule}
        </Box>
      ) : null}
    </>
  );
}

/**
 * The chosen key's status, description and creation date, from DescribeKey, and its rotation
 * from GetKeyRotationStatus. Shown for keys of the analyst's own account only.
 */
export function KmsKeyDetails({ describe, rotation }: Pick<KmsKeyChecks, 'describe' | 'rotation'>) {
  if (describe.isPending)
    return (
      <Box padding={{ top: 's' }}>
        <StatusIndicator type="loading">Loading key details</StatusIndicator>
      </Box>
    );
  if (describe.isError)
    return (
      <Box padding={{ top: 's' }}>
        <StatusIndicator type="warning">
          Could not load the key's details: {describeAwsError(describe.error).message}
        </StatusIndicator>
      </Box>
    );
  const key = describe.data;
  return (
    <Box padding={{ top: 's' }}>
      <ColumnLayout columns={4} variant="text-grid">
        <div>
          <Box variant="awsui-key-label">Status</Box>
          <div>
            {key.KeyState ? keyStateLabel(key.KeyState) : key.Enabled ? 'Enabled' : 'Disabled'}
          </div>
        </div>
        <div>
          <Box variant="awsui-key-label">Description</Box>
          <div>{key.Description || '-'}</div>
        </div>
        <div>
          <Box variant="awsui-key-label">Creation date</Box>
          <div>{formatDateTime(key.CreationDate)}</div>
        </div>
        <div>
          <Box variant="awsui-key-label">Key rotation</Box>
          <KeyRotationStatus rotation={rotation} />
        </div>
      </ColumnLayout>
    </Box>
  );
}

import Box from '@cloudscape-design/components/box';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { describeAwsError } from '@/lib/aws/errors';
import { formatDateTime } from '@/lib/format-date-time';
import { keyStateLabel } from '../key-checks';
import type { KmsKeyChecks } from '../use-kms-key-checks';

/** The chosen key's status, description and creation date, from DescribeKey. */
export function KmsKeyDetails({ describe }: { describe: KmsKeyChecks['describe'] }) {
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
      <ColumnLayout columns={3} variant="text-grid">
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
      </ColumnLayout>
    </Box>
  );
}

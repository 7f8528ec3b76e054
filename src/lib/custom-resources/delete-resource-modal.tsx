import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { ResourceKindInfo } from './resource-kinds';

/** Confirms deleting a custom resource, naming it, as the AWS console does. */
export function DeleteResourceModal({
  info,
  name,
  deleting,
  errorText,
  onCancel,
  onConfirm,
}: {
  info: ResourceKindInfo;
  /** The resource to delete; the modal is closed when there is none. */
  name: string | undefined;
  deleting: boolean;
  errorText?: string;
  onCancel(): void;
  onConfirm(): void;
}) {
  return (
    <Modal
      visible={name !== undefined}
      onDismiss={() => {
        if (!deleting) onCancel();
      }}
      header={`Delete ${info.noun}`}
      closeAriaLabel="Close dialog"
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onCancel} disabled={deleting}>
              Cancel
            </Button>
            <Button variant="primary" onClick={onConfirm} loading={deleting}>
              Delete
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="m">
        <Box variant="span">
          Permanently delete {info.noun}{' '}
          <Box variant="span" fontWeight="bold">
            {name}
          </Box>
          ? Jobs can no longer use it; files of yours in S3 stay there. You can&apos;t undo this
          action.
        </Box>
        {errorText ? (
          <Alert type="error" header={`The ${info.noun} was not deleted`}>
            {errorText}
          </Alert>
        ) : null}
      </SpaceBetween>
    </Modal>
  );
}

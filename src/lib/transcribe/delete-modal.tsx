import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';

export interface DeleteModalProps {
  /** What is deleted, as the sentence names it: "transcription job", "vocabulary". */
  noun: string;
  /** The one to delete; the modal is closed when there is none. */
  name: string | undefined;
  /** What deleting it does and leaves, before "You can't undo this action." */
  consequence: string;
  /** The alert's header when deleting failed. */
  failedHeader: string;
  deleting: boolean;
  /** Why the last attempt failed, in words for the analyst. */
  errorText?: string;
  onCancel(): void;
  onConfirm(): void;
}

/**
 * Confirms deleting one named Transcribe resource, as the AWS console does: it names it, says
 * what goes and what stays, and keeps the dialog open with the reason when deleting fails.
 */
export function DeleteModal({
  noun,
  name,
  consequence,
  failedHeader,
  deleting,
  errorText,
  onCancel,
  onConfirm,
}: DeleteModalProps) {
  return (
    <Modal
      visible={name !== undefined}
      onDismiss={() => {
        if (!deleting) onCancel();
      }}
      header={`Delete ${noun}`}
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
          Permanently delete {noun}{' '}
          <Box variant="span" fontWeight="bold">
            {name}
          </Box>
          ? {consequence} You can&apos;t undo this action.
        </Box>
        {errorText ? (
          <Alert type="error" header={failedHeader}>
            {errorText}
          </Alert>
        ) : null}
      </SpaceBetween>
    </Modal>
  );
}

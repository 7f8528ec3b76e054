import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';

export interface DeleteJobModalProps {
  /** The job to delete; the modal is closed when there is none. */
  jobName: string | undefined;
  deleting: boolean;
  /** Why the last attempt failed, in words for the analyst. */
  errorText?: string;
  onCancel(): void;
  onConfirm(): void;
}

/** Confirms deleting a transcription job, naming it, as the AWS console does. */
export function DeleteJobModal({
  jobName,
  deleting,
  errorText,
  onCancel,
  onConfirm,
}: DeleteJobModalProps) {
  return (
    <Modal
      visible={jobName !== undefined}
      onDismiss={() => {
        if (!deleting) onCancel();
      }}
      header="Delete transcription job"
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
          Permanently delete transcription job{' '}
          <Box variant="span" fontWeight="bold">
            {jobName}
          </Box>
          ? The job and its record are removed; a transcript in your own S3 bucket stays there. You
          can&apos;t undo this action.
        </Box>
        {errorText ? (
          <Alert type="error" header="The job was not deleted">
            {errorText}
          </Alert>
        ) : null}
      </SpaceBetween>
    </Modal>
  );
}

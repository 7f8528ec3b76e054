import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';

/** Asks before "Cancel" throws away what was typed. */
export function DiscardDraftModal({
  visible,
  onKeep,
  onDiscard,
}: {
  visible: boolean;
  onKeep: () => void;
  onDiscard: () => void;
}) {
  return (
    <Modal
      visible={visible}
      onDismiss={onKeep}
      header="Discard this job?"
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button formAction="none" variant="link" onClick={onKeep}>
              Keep editing
            </Button>
            <Button formAction="none" variant="primary" onClick={onDiscard}>
              Discard
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      The job has not been created. Everything you entered will be lost.
    </Modal>
  );
}

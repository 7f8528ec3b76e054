import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import { formatDateTime } from '@/lib/format-date-time';

/**
 * Says that the form shows what the user typed earlier rather than an empty form, so that a
 * half-filled form is never taken for someone's settings, with a way to clear it.
 */
export function RestoredDraftAlert({
  savedAt,
  onKeep,
  onStartEmpty,
}: {
  savedAt: Date;
  onKeep: () => void;
  onStartEmpty: () => void;
}) {
  return (
    <Alert
      type="info"
      dismissible
      onDismiss={onKeep}
      i18nStrings={{ dismissAriaLabel: 'Dismiss message', infoIconAriaLabel: 'Info' }}
      action={
        <Button formAction="none" onClick={onStartEmpty}>
          Clear form
        </Button>
      }
    >
      Restored your unsaved draft from {formatDateTime(savedAt, { seconds: false })}.
    </Alert>
  );
}

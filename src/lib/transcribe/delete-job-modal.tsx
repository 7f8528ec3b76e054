import { DeleteModal } from './delete-modal';

export interface DeleteJobModalProps {
  /** The job to delete; the modal is closed when there is none. */
  jobName: string | undefined;
  deleting: boolean;
  /** Why the last attempt failed, in words for the analyst. */
  errorText?: string;
  onCancel(): void;
  onConfirm(): void;
}

/** Confirms deleting a transcription job: its record goes, a transcript in S3 stays. */
export function DeleteJobModal({ jobName, ...rest }: DeleteJobModalProps) {
  return (
    <DeleteModal
      noun="transcription job"
      name={jobName}
      consequence="The job and its record are removed; a transcript in your own S3 bucket stays there."
      failedHeader="The job was not deleted"
      {...rest}
    />
  );
}

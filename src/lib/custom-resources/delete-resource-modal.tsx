import { DeleteModal } from '@/lib/transcribe/delete-modal';
import type { ResourceKindInfo } from './resource-kinds';

/** Confirms deleting a custom resource: jobs can no longer use it, its input files stay. */
export function DeleteResourceModal({
  info,
  ...rest
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
    <DeleteModal
      noun={info.noun}
      consequence="Jobs can no longer use it; files of yours in S3 stay there."
      failedHeader={`The ${info.noun} was not deleted`}
      {...rest}
    />
  );
}

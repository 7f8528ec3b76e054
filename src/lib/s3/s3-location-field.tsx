import FormField, { type FormFieldProps } from '@cloudscape-design/components/form-field';
import S3ResourceSelector, {
  type S3ResourceSelectorProps,
} from '@cloudscape-design/components/s3-resource-selector';
import {
  type Control,
  type FieldPathByValue,
  type FieldValues,
  useController,
} from 'react-hook-form';
import { useAwsClients } from '@/lib/aws/clients';
import './s3-location-field.css';

/**
 * An S3 URI typed or picked with "Browse S3" (Cloudscape S3ResourceSelector over ListBuckets
 * and ListObjectsV2), for any form. `folders` lets a bucket or folder be chosen (output,
 * training data), else a file (media, a vocabulary file). `modalTitle` names what is chosen.
 */
export function S3LocationField<T extends FieldValues>({
  control,
  name,
  label,
  description,
  constraintText,
  folders,
  placeholder,
  modalTitle = folders ? 'Choose an output location' : 'Choose a media file',
}: Pick<FormFieldProps, 'label' | 'description' | 'constraintText'> & {
  control: Control<T>;
  name: FieldPathByValue<T, string>;
  folders: boolean;
  placeholder: string;
  modalTitle?: string;
}) {
  const { s3 } = useAwsClients();
  const {
    field: { ref, value, onChange, onBlur },
    fieldState,
  } = useController({ control, name });
  const selectable: S3ResourceSelectorProps.SelectableItems[] = folders
    ? ['buckets', 'objects']
    : ['objects'];
  return (
    <FormField
      label={label}
      description={description}
      constraintText={constraintText}
      errorText={fieldState.error?.message}
      stretch
    >
      <div className="s3-location-field">
        <S3ResourceSelector
          ref={ref}
          resource={{ uri: value as string }}
          selectableItemsTypes={selectable}
          // A folder is chosen for output; the file, for input.
          objectsIsItemDisabled={(item) => (folders ? !item.IsFolder : Boolean(item.IsFolder))}
          invalid={Boolean(fieldState.error)}
          inputPlaceholder={placeholder}
          i18nStrings={{
            inContextBrowseButton: 'Browse S3',
            inContextInputPlaceholder: placeholder,
            modalTitle,
            modalSubmitButton: 'Choose',
            modalCancelButton: 'Cancel',
          }}
          // Loaded with the S3 client on the first browse, not with the form.
          fetchBuckets={async () => (await import('./list-buckets')).listBuckets(s3)}
          fetchObjects={async (bucket, prefix) =>
            (await import('./list-objects')).listObjects(s3, bucket, prefix)
          }
          fetchVersions={() => Promise.resolve([])}
          onChange={({ detail }) => onChange(detail.resource.uri)}
          onInputBlur={onBlur}
        />
      </div>
    </FormField>
  );
}

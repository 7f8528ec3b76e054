import FormField, { type FormFieldProps } from '@cloudscape-design/components/form-field';
import S3ResourceSelector, {
  type S3ResourceSelectorProps,
} from '@cloudscape-design/components/s3-resource-selector';
import { type Control, type FieldPathByValue, useController } from 'react-hook-form';
import { useAwsClients } from '@/lib/aws/clients';
import { listBuckets } from '../api/list-buckets';
import { listObjects } from '../api/list-objects';
import type { CreateJobFormValues } from '../form-schema';
import './s3-location-field.css';

/**
 * An S3 URI typed or picked with "Browse S3" (Cloudscape S3ResourceSelector over ListBuckets
 * and ListObjectsV2). `folders` lets a bucket or folder be chosen (output), else a file (media).
 */
export function S3LocationField({
  control,
  name,
  label,
  description,
  constraintText,
  folders,
  placeholder,
}: Pick<FormFieldProps, 'label' | 'description' | 'constraintText'> & {
  control: Control<CreateJobFormValues>;
  name: FieldPathByValue<CreateJobFormValues, string>;
  folders: boolean;
  placeholder: string;
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
          resource={{ uri: value }}
          selectableItemsTypes={selectable}
          // A folder is chosen for output; the file, for input.
          objectsIsItemDisabled={(item) => (folders ? !item.IsFolder : Boolean(item.IsFolder))}
          invalid={Boolean(fieldState.error)}
          inputPlaceholder={placeholder}
          i18nStrings={{
            inContextBrowseButton: 'Browse S3',
            inContextInputPlaceholder: placeholder,
            modalTitle: folders ? 'Choose an output location' : 'Choose a media file',
            modalSubmitButton: 'Choose',
            modalCancelButton: 'Cancel',
          }}
          fetchBuckets={() => listBuckets(s3)}
          fetchObjects={(bucket, prefix) => listObjects(s3, bucket, prefix)}
          fetchVersions={() => Promise.resolve([])}
          onChange={({ detail }) => onChange(detail.resource.uri)}
          onInputBlur={onBlur}
        />
      </div>
    </FormField>
  );
}

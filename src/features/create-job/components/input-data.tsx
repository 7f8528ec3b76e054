import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import type { SelectProps } from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { Control } from 'react-hook-form';
import type { CreateJobFormValues } from '../form-schema';
import { mediaFormats } from '@/lib/transcribe/languages';
import { OptionalLabel, SelectField } from '@/lib/form/form-controls';
import { S3LocationField } from '@/lib/s3/s3-location-field';

const formatOptions: SelectProps.Option[] = [
  { value: '', label: 'Detect automatically' },
  ...mediaFormats.map((format) => ({ value: format, label: format.toUpperCase() })),
];

export function InputData({ control }: { control: Control<CreateJobFormValues> }) {
  return (
    <Container header={<Header variant="h2">Input data</Header>}>
      <SpaceBetween size="l">
        <S3LocationField
          control={control}
          name="mediaUri"
          label="Input file location on S3"
          description="The audio or video file to transcribe, in a bucket in this Region."
          constraintText="Format: s3://bucket/prefix/file.wav"
          placeholder="s3://bucket/prefix/file.wav"
          folders={false}
        />
        <SelectField
          control={control}
          name="mediaFormat"
          label={<OptionalLabel>Media format</OptionalLabel>}
          description="Transcribe detects the format when you leave this empty."
          options={formatOptions}
          select={{ placeholder: 'Detect automatically' }}
        />
      </SpaceBetween>
    </Container>
  );
}

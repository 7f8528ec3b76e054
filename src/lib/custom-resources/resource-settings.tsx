import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import type { SelectProps } from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { ReactNode } from 'react';
import type { Control } from 'react-hook-form';
import { InputField, SelectField } from '@/lib/form/form-controls';
import { InfoLink } from '@/lib/help/info-link';
import { transcribeLanguages } from '@/lib/transcribe/languages';
import { nameConstraintFor, type ResourceFieldValues } from './resource-fields';
import type { ResourceKindInfo } from './resource-kinds';

export const allLanguageOptions: SelectProps.Option[] = transcribeLanguages.map((language) => ({
  value: language.code,
  label: language.name,
  description: language.code,
}));

/** "<Kind> settings": "Name" and "Language", then whatever the kind adds. */
export function ResourceSettings<T extends ResourceFieldValues>({
  control: formControl,
  info,
  languages = allLanguageOptions,
  children,
}: {
  control: Control<T>;
  info: ResourceKindInfo;
  languages?: SelectProps.Option[];
  children?: ReactNode;
}) {
  const control = formControl as unknown as Control<ResourceFieldValues>;
  return (
    <Container header={<Header variant="h2">{info.Noun} settings</Header>}>
      <SpaceBetween size="l">
        <InputField
          control={control}
          name="name"
          label="Name"
          info={<InfoLink topic="name" about="Name" />}
          constraintText={nameConstraintFor(info.noun)}
          input={{ spellcheck: false, autoComplete: false }}
          stretch
        />
        <SelectField
          control={control}
          name="languageCode"
          label="Language"
          info={<InfoLink topic="language" about="Language" />}
          options={languages}
          select={{ filteringType: 'auto' }}
        />
        {children}
      </SpaceBetween>
    </Container>
  );
}

import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import TagEditor from '@cloudscape-design/components/tag-editor';
import { type Control, useController, useFormState } from 'react-hook-form';
import { InfoLink } from '@/lib/help/info-link';
import { type CreateJobFormValues, MAX_TAGS } from '../form-schema';

/** "Tags - optional": up to 50 tags, sent as Tags. */
export function TagsContainer({ control }: { control: Control<CreateJobFormValues> }) {
  const {
    field: { ref, value, onChange },
  } = useController({ control, name: 'tags' });
  const { errors } = useFormState({ control, name: 'tags' });
  const tagErrors = errors.tags;
  const firstRowError = Array.isArray(tagErrors)
    ? tagErrors
        .map((e, i) => (e ? `Tag ${i + 1}: ${e.key?.message ?? e.value?.message}` : undefined))
        .find(Boolean)
    : undefined;
  return (
    <Container
      header={
        <Header
          variant="h2"
          description="A tag is a label you give to the job to find and manage it."
          info={<InfoLink topic="tags" about="Tags" />}
        >
          Tags - optional
        </Header>
      }
    >
      <FormField errorText={tagErrors?.message ?? firstRowError} stretch>
        <TagEditor
          ref={ref}
          tags={value.map((tag) => ({ ...tag, existing: false }))}
          tagLimit={MAX_TAGS}
          onChange={({ detail }) => {
            onChange(
              detail.tags
                .filter((tag) => !tag.markedForRemoval)
                .map((tag) => ({ key: tag.key, value: tag.value })),
            );
          }}
          keysRequest={() => Promise.resolve([])}
          valuesRequest={() => Promise.resolve([])}
        />
      </FormField>
    </Container>
  );
}

import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import TagEditor from '@cloudscape-design/components/tag-editor';
import { type Control, type FieldValues, useController, useFormState } from 'react-hook-form';
import { InfoLink } from '@/lib/help/info-link';
import { MAX_TAGS, type TagPairs } from './tags';

/** "Tags - optional": up to 50 tags, for any form that keeps them under `tags`. */
export function TagsContainer<T extends FieldValues & { tags: TagPairs }>({
  control,
  description,
}: {
  control: Control<T>;
  /** What a tag is for on this page. */
  description: string;
}) {
  const tagsControl = control as unknown as Control<{ tags: TagPairs }>;
  const {
    field: { ref, value, onChange },
  } = useController({ control: tagsControl, name: 'tags' });
  const { errors } = useFormState({ control: tagsControl, name: 'tags' });
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
          description={description}
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

import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import { DownloadTable } from '@/lib/custom-resources/download-table';
import { encryptionPairs, ResourceDetailsPage } from '@/lib/custom-resources/resource-details-page';
import { ResourceStateIndicator } from '@/lib/custom-resources/resource-state-indicator';
import { formatDateTime } from '@/lib/format-date-time';
import { languageName } from '@/lib/transcribe/languages';
import { useVocabulary, vocabularyQueryKey } from '../api/get-vocabulary';
import { vocabularyInfo } from '../form-schema';

export function VocabularyDetailsPage({ name }: { name: string }) {
  const query = useVocabulary(name);
  const vocabulary = query.data;
  return (
    <ResourceDetailsPage
      info={vocabularyInfo}
      name={name}
      query={query}
      state={vocabulary?.VocabularyState}
      failureReason={vocabulary?.FailureReason}
      pairs={[
        { label: 'Name', value: vocabulary?.VocabularyName ?? name },
        {
          label: 'Language',
          value: vocabulary?.LanguageCode ? languageName(vocabulary.LanguageCode) : '-',
        },
        { label: 'State', value: <ResourceStateIndicator state={vocabulary?.VocabularyState} /> },
        { label: 'Last modified', value: formatDateTime(vocabulary?.LastModifiedTime) },
      ]}
      encryption={encryptionPairs(
        vocabulary?.EncryptionConfiguration,
        vocabulary?.DataAccessRoleArn,
      )}
    >
      {vocabulary?.DownloadUri ? (
        <Container header={<Header variant="h2">Vocabulary content</Header>}>
          <DownloadTable
            uri={vocabulary.DownloadUri}
            resourceKey={[...vocabularyQueryKey(name), vocabulary.LastModifiedTime?.getTime()]}
            label="Vocabulary content"
            listColumn="Phrase"
          />
        </Container>
      ) : null}
    </ResourceDetailsPage>
  );
}

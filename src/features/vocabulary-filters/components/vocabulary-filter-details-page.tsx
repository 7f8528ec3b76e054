import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import { DownloadTable } from '@/lib/custom-resources/download-table';
import { encryptionPairs, ResourceDetailsPage } from '@/lib/custom-resources/resource-details-page';
import { formatDateTime } from '@/lib/format-date-time';
import { languageName } from '@/lib/transcribe/languages';
import { useVocabularyFilter, vocabularyFilterQueryKey } from '../api/get-vocabulary-filter';
import { filterInfo } from '../form-schema';

export function VocabularyFilterDetailsPage({ name }: { name: string }) {
  const query = useVocabularyFilter(name);
  const filter = query.data;
  return (
    <ResourceDetailsPage
      info={filterInfo}
      name={name}
      query={query}
      state={undefined}
      failureReason={undefined}
      pairs={[
        { label: 'Name', value: filter?.VocabularyFilterName ?? name },
        {
          label: 'Language',
          value: filter?.LanguageCode ? languageName(filter.LanguageCode) : '-',
        },
        { label: 'Last modified', value: formatDateTime(filter?.LastModifiedTime) },
      ]}
      encryption={encryptionPairs(filter?.EncryptionConfiguration, filter?.DataAccessRoleArn)}
    >
      {filter?.DownloadUri ? (
        <Container header={<Header variant="h2">Vocabulary filter content</Header>}>
          <DownloadTable
            uri={filter.DownloadUri}
            resourceKey={[...vocabularyFilterQueryKey(name), filter.LastModifiedTime?.getTime()]}
            label="Vocabulary filter content"
            listColumn="Word"
          />
        </Container>
      ) : null}
    </ResourceDetailsPage>
  );
}

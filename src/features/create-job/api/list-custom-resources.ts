import {
  ListLanguageModelsCommand,
  ListVocabulariesCommand,
  ListVocabularyFiltersCommand,
  type TranscribeClient,
} from '@aws-sdk/client-transcribe';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useAwsClients } from '@/lib/aws/clients';

/** A custom vocabulary, vocabulary filter or language model as the job form offers it. */
export interface CustomResource {
  name: string;
  languageCode?: string;
  /** A vocabulary's state or a model's status; filters have none. */
  state?: string;
}

export type CustomResourceKind = 'vocabularies' | 'filters' | 'models';

type Transcribe = Pick<TranscribeClient, 'send'>;

// The List operations' largest page, so an account with few resources answers in one call.
const PAGE_SIZE = 100;

/** Every page of one kind, in the order Transcribe lists them. */
export async function listCustomResources(
  transcribe: Transcribe,
  kind: CustomResourceKind,
  signal?: AbortSignal,
): Promise<CustomResource[]> {
  const all: CustomResource[] = [];
  let token: string | undefined;
  do {
    const options = { abortSignal: signal };
    const page = { MaxResults: PAGE_SIZE, NextToken: token };
    if (kind === 'vocabularies') {
      const output = await transcribe.send(new ListVocabulariesCommand(page), options);
      for (const v of output.Vocabularies ?? [])
        all.push({
          name: v.VocabularyName ?? '',
          languageCode: v.LanguageCode,
          state: v.VocabularyState,
        });
      token = output.NextToken;
    } else if (kind === 'filters') {
      const output = await transcribe.send(new ListVocabularyFiltersCommand(page), options);
      for (const f of output.VocabularyFilters ?? [])
        all.push({ name: f.VocabularyFilterName ?? '', languageCode: f.LanguageCode });
      token = output.NextToken;
    } else {
      const output = await transcribe.send(new ListLanguageModelsCommand(page), options);
      for (const m of output.Models ?? [])
        all.push({ name: m.ModelName ?? '', languageCode: m.LanguageCode, state: m.ModelStatus });
      token = output.NextToken;
    }
  } while (token);
  return all.sort((a, b) => a.name.localeCompare(b.name));
}

/** The key the custom resource pages' mutations can invalidate. */
export const customResourcesQueryKey = (kind: CustomResourceKind) =>
  ['transcribe', 'custom-resources', kind] as const;

export const getCustomResourcesQueryOptions = (transcribe: Transcribe, kind: CustomResourceKind) =>
  queryOptions({
    queryKey: customResourcesQueryKey(kind),
    queryFn: ({ signal }) => listCustomResources(transcribe, kind, signal),
    // The list a select shows: one load per visit to the form, Retry on failure.
    staleTime: 60_000,
    retry: false,
  });

/** The list of one kind; loaded only while `enabled` (an open container, a chosen option). */
export function useCustomResources(kind: CustomResourceKind, enabled = true) {
  const { transcribe } = useAwsClients();
  return useQuery({ ...getCustomResourcesQueryOptions(transcribe, kind), enabled });
}

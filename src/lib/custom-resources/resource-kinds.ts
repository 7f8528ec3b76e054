/** The three kinds of custom resource, as routes, messages and the API name them. */
export type ResourceKind = 'vocabulary' | 'vocabulary-filter' | 'language-model';

export interface ResourceKindInfo {
  kind: ResourceKind;
  /** "vocabulary": in sentences. */
  noun: string;
  /** "Vocabulary": at the start of a sentence or a flash. */
  Noun: string;
  plural: string;
  /** The list page's route. */
  basePath: string;
}

export const resourceKinds: Record<ResourceKind, ResourceKindInfo> = {
  vocabulary: {
    kind: 'vocabulary',
    noun: 'vocabulary',
    Noun: 'Vocabulary',
    plural: 'vocabularies',
    basePath: '/vocabularies',
  },
  'vocabulary-filter': {
    kind: 'vocabulary-filter',
    noun: 'vocabulary filter',
    Noun: 'Vocabulary filter',
    plural: 'vocabulary filters',
    basePath: '/vocabulary-filters',
  },
  'language-model': {
    kind: 'language-model',
    noun: 'language model',
    Noun: 'Language model',
    plural: 'language models',
    basePath: '/language-models',
  },
};

export const detailsHref = (info: ResourceKindInfo, name: string) =>
  `${info.basePath}/${encodeURIComponent(name)}`;

/** Whether an error from a Get, Describe or Delete means there is no resource of that name. */
export function isResourceNotFoundError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, message } = error as { name?: string; message?: string };
  return (
    (name === 'BadRequestException' || name === 'NotFoundException') &&
    /couldn't be found|could not be found/i.test(message ?? '')
  );
}

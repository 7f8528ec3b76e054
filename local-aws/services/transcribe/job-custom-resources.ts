import type { StartTranscriptionJobRequest } from '@aws-sdk/client-transcribe';
import type { World } from '../../core/types';
import { kindNoun, resourceId, type ResourceKind } from './resource-model';
import { getResource } from './resources';

/**
 * StartTranscriptionJob's check of the custom resources a job names (Settings, ModelSettings,
 * LanguageIdSettings): each must exist in the caller's account and Region, be ready (a
 * vocabulary READY, a model COMPLETED) and be in the language it is used for. The first
 * problem, worded as Transcribe's BadRequestException, or undefined.
 */
export function jobCustomResourceProblem(
  world: World,
  accountId: string,
  region: string,
  request: StartTranscriptionJobRequest,
): string | undefined {
  const uses: { kind: ResourceKind; name: string | undefined; language: string | undefined }[] = [
    { kind: 'vocabulary', name: request.Settings?.VocabularyName, language: request.LanguageCode },
    {
      kind: 'vocabulary-filter',
      name: request.Settings?.VocabularyFilterName,
      language: request.LanguageCode,
    },
    {
      kind: 'language-model',
      name: request.ModelSettings?.LanguageModelName,
      language: request.LanguageCode,
    },
    ...Object.entries(request.LanguageIdSettings ?? {}).flatMap(([language, settings]) => [
      { kind: 'vocabulary' as const, name: settings.VocabularyName, language },
      { kind: 'vocabulary-filter' as const, name: settings.VocabularyFilterName, language },
      { kind: 'language-model' as const, name: settings.LanguageModelName, language },
    ]),
  ];
  for (const use of uses) {
    if (use.name === undefined) continue;
    const noun = kindNoun[use.kind];
    const resource = getResource(world, use.kind, resourceId(accountId, region, use.name));
    if (!resource)
      return `The requested ${noun} couldn't be found. Check the ${noun} name and try your request again.`;
    const state =
      resource.kind === 'vocabulary'
        ? { now: resource.state, ready: 'READY' }
        : resource.kind === 'language-model'
          ? { now: resource.status, ready: 'COMPLETED' }
          : undefined;
    if (state && state.now !== state.ready)
      return `The ${noun} ${use.name} is ${state.now}, not ${state.ready}. You can use a ${noun} in a job once it is ${state.ready}; check its state and try your request again.`;
    if (use.language !== undefined && resource.languageCode !== use.language)
      return `The ${noun} ${use.name} is in ${resource.languageCode}, but it's used for ${use.language}. Use a ${noun} in the same language as the media and try your request again.`;
  }
  return undefined;
}

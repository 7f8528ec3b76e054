import { resourceDelaysOf, type World } from '../../core/types';
import { assumeDataAccessRole } from './data-access-role';
import { storeArtefact } from './resource-artefacts';
import {
  inputLocation,
  type Outcome,
  type Reader,
  readInput,
  readInputFolder,
} from './resource-inputs';
import {
  resourceArn,
  resourceId,
  type StoredLanguageModel,
  type StoredResource,
  type StoredVocabulary,
  type StoredVocabularyFilter,
  tableOf,
} from './resource-model';
import { getResource, putResource } from './resources';
import {
  decodeText,
  parseList,
  parseVocabularyFile,
  type VocabularyRow,
  vocabularyTable,
  wordList,
} from './vocabulary-terms';

/**
 * Processing custom resources: a vocabulary PENDING → READY or FAILED, a language model
 * IN_PROGRESS → COMPLETED or FAILED, each a scheduled task that re-reads the resource from the
 * store (a resource deleted or replaced meanwhile is left alone) and is resumed after a
 * restart from its stored due time. Filters have no state: they are processed while
 * CreateVocabularyFilter or UpdateVocabularyFilter runs, and a failure refuses the request.
 */

/** When processing started now is due to finish. */
export function dueAtFor(world: World, kind: 'vocabulary' | 'language-model'): number {
  const delays = resourceDelaysOf(world.options);
  return (
    world.now().getTime() + (kind === 'vocabulary' ? delays.vocabularyMs : delays.languageModelMs)
  );
}

export function scheduleResource(
  world: World,
  resource: StoredVocabulary | StoredLanguageModel,
): void {
  if (resource.dueAt === undefined) return;
  const delay = Math.max(0, resource.dueAt - world.now().getTime());
  const { kind, uid } = resource;
  const id = resourceId(resource.accountId, resource.region, resource.name);
  world.schedule(delay, () => advance(world, kind, id, uid));
}

/** Resumes every vocabulary and model that was being processed when the process stopped. */
export function resumeResources(world: World): void {
  for (const kind of ['vocabulary', 'language-model'] as const)
    for (const resource of world.store.list<StoredVocabulary | StoredLanguageModel>(tableOf[kind]))
      scheduleResource(world, resource);
}

function advance(
  world: World,
  kind: 'vocabulary' | 'language-model',
  id: string,
  uid: string,
): void {
  const resource = getResource(world, kind, id);
  if (!resource || resource.uid !== uid || resource.dueAt === undefined) return;
  let next: StoredVocabulary | StoredLanguageModel;
  try {
    next = processNow(world, resource);
  } catch (error) {
    // A bug must not take the process down with it: the resource fails and says so.
    console.error(`local-aws: ${kind} ${resource.name} failed unexpectedly`, error);
    next = failed(resource, 'Internal failure. Try your request again.');
  }
  putResource(world, next);
}

function failed<T extends StoredVocabulary | StoredLanguageModel>(resource: T, reason: string): T {
  return resource.kind === 'vocabulary'
    ? { ...resource, state: 'FAILED', failureReason: reason, dueAt: undefined }
    : { ...resource, status: 'FAILED', failureReason: reason, dueAt: undefined };
}

/** Who Transcribe reads and encrypts as: the data access role, assumed now, or the caller. */
function readerFor(world: World, resource: StoredResource): Outcome<Reader> {
  const roleArn = resource.dataAccessRoleArn;
  if (!roleArn) return { ok: true, value: { principal: resource.principal } };
  const role = assumeDataAccessRole(
    world,
    roleArn,
    resource.accountId,
    resourceArn(resource.kind, resource.region, resource.accountId, resource.name),
  );
  return role.ok ? { ok: true, value: { principal: role.principal, roleArn } } : role;
}

function readTextFile(world: World, reader: Reader, uri: string, what: string): Outcome<string> {
  const location = inputLocation(world.options.publicUrl, uri);
  if (!location)
    return { ok: false, reason: `The ${what} ${uri} isn't an S3 object Transcribe can read.` };
  const read = readInput(world, reader, location, what);
  if (!read.ok) return read;
  const decoded = decodeText(read.value);
  return decoded.ok
    ? decoded
    : { ok: false, reason: `The ${what} ${uri} isn't valid: ${decoded.problem}.` };
}

/** PENDING → READY: the phrases or the file, checked, stored as the table DownloadUri serves. */
function finishVocabulary(world: World, vocabulary: StoredVocabulary): StoredVocabulary {
  const reader = readerFor(world, vocabulary);
  if (!reader.ok) return failed(vocabulary, reader.reason);
  let rows: VocabularyRow[];
  if (vocabulary.fileUri !== undefined) {
    const file = readTextFile(world, reader.value, vocabulary.fileUri, 'vocabulary file');
    if (!file.ok) return failed(vocabulary, file.reason);
    const parsed = parseVocabularyFile(file.value, vocabulary.languageCode);
    if (!parsed.ok)
      return failed(
        vocabulary,
        `The vocabulary file ${vocabulary.fileUri} isn't valid: ${parsed.problem}. Check the file against the custom vocabulary formats and try your request again.`,
      );
    rows = parsed.value;
  } else rows = (vocabulary.phrases ?? []).map((Phrase) => ({ Phrase }));
  const stored = storeArtefact(
    world,
    vocabulary,
    'vocabulary.txt',
    vocabularyTable(rows),
    reader.value,
  );
  if (!stored.ok) return failed(vocabulary, stored.reason);
  return {
    ...vocabulary,
    state: 'READY',
    artefact: stored.value,
    failureReason: undefined,
    dueAt: undefined,
  };
}

/** IN_PROGRESS → COMPLETED: the training (and tuning) text files read as the role. */
function finishLanguageModel(world: World, model: StoredLanguageModel): StoredLanguageModel {
  const reader = readerFor(world, model);
  if (!reader.ok) return failed(model, reader.reason);
  const config = model.inputDataConfig;
  const summary: Record<string, number> = {};
  for (const [uri, what] of [
    [config.S3Uri, 'training data'],
    [config.TuningDataS3Uri, 'tuning data'],
  ] as const) {
    if (uri === undefined) continue;
    const location = inputLocation(world.options.publicUrl, uri, true);
    if (!location)
      return failed(model, `The ${what} ${uri} isn't an S3 location Transcribe can read.`);
    const files = readInputFolder(world, reader.value, location, what);
    if (!files.ok) return failed(model, files.reason);
    let words = 0;
    for (const file of files.value) {
      const decoded = decodeText(file.body);
      if (!decoded.ok)
        return failed(
          model,
          `The ${what} file s3://${location.bucket}/${file.key} isn't valid: ${decoded.problem}. Training and tuning data must be plain text files in UTF-8.`,
        );
      words += decoded.value.split(/\s+/).filter(Boolean).length;
    }
    if (words === 0)
      return failed(
        model,
        `The ${what} at ${uri} has no text. Add text files and try your request again.`,
      );
    summary[what === 'training data' ? 'trainingWords' : 'tuningWords'] = words;
  }
  const stored = storeArtefact(
    world,
    model,
    'model.json',
    JSON.stringify({ model: model.name, baseModel: model.baseModelName, ...summary }),
    reader.value,
  );
  if (!stored.ok) return failed(model, stored.reason);
  return {
    ...model,
    status: 'COMPLETED',
    artefact: stored.value,
    failureReason: undefined,
    dueAt: undefined,
  };
}

/**
 * A vocabulary filter's words, read and stored while the request runs: the words or file
 * checked, then stored. The reason for a refusal, or the filter as stored.
 */
export function processFilter(
  world: World,
  filter: StoredVocabularyFilter,
): Outcome<StoredVocabularyFilter> {
  const reader = readerFor(world, filter);
  if (!reader.ok) return reader;
  let words = filter.words ?? [];
  if (filter.fileUri !== undefined) {
    const file = readTextFile(world, reader.value, filter.fileUri, 'vocabulary filter file');
    if (!file.ok) return file;
    const parsed = parseList(file.value, filter.languageCode);
    if (!parsed.ok)
      return {
        ok: false,
        reason: `The vocabulary filter file ${filter.fileUri} isn't valid: ${parsed.problem}. Put one word per line and try your request again.`,
      };
    words = parsed.value;
  }
  const stored = storeArtefact(world, filter, 'filter.txt', wordList(words), reader.value);
  return stored.ok ? { ok: true, value: { ...filter, artefact: stored.value } } : stored;
}

/** Processes a vocabulary or model at once, through the same steps (the seed's resources). */
export function processNow(
  world: World,
  resource: StoredVocabulary | StoredLanguageModel,
): StoredVocabulary | StoredLanguageModel {
  return resource.kind === 'vocabulary'
    ? finishVocabulary(world, resource)
    : finishLanguageModel(world, resource);
}

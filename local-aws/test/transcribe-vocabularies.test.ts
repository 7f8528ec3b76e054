import {
  CreateVocabularyCommand,
  type CreateVocabularyRequest,
  DeleteVocabularyCommand,
  GetVocabularyCommand,
  ListVocabulariesCommand,
  paginateListVocabularies,
  StartTranscriptionJobCommand,
  UpdateVocabularyCommand,
} from '@aws-sdk/client-transcribe';
import { describe, expect, it } from 'vitest';
import {
  DATA_ACCESS_ROLES,
  MEETING_MEDIA_URI,
  SEEDED_CUSTOM_INPUTS,
  SEEDED_VOCABULARIES,
} from '../seed/ids';
import {
  mediaUri,
  putText,
  settledVocabulary,
  uniqueResourceName,
} from './custom-resource-support';
import { startForTests } from './harness';
import { analystKeys, errorOf, transcribeAs } from './transcribe-support';

const local = startForTests();
const admin = () => transcribeAs(local.url);
const analyst = () => transcribeAs(local.url, analystKeys(local.server));

const PATTERN = 'Member must satisfy regular expression pattern: ';
const create = (request: Partial<CreateVocabularyRequest>) =>
  admin().send(
    new CreateVocabularyCommand({
      VocabularyName: uniqueResourceName('vocabulary'),
      LanguageCode: 'en-US',
      ...request,
    } as CreateVocabularyRequest),
  );

describe('custom vocabularies: the seeded ones', () => {
  it('lists them newest first, each with its state, filtered by state and name', async () => {
    const all = await admin().send(new ListVocabulariesCommand({ MaxResults: 100 }));
    const seeded = Object.values(SEEDED_VOCABULARIES);
    const listed = (all.Vocabularies ?? []).filter((v) =>
      seeded.includes(v.VocabularyName as never),
    );
    expect(listed.map((v) => [v.VocabularyName, v.VocabularyState, v.LanguageCode])).toEqual([
      [SEEDED_VOCABULARIES.pending, 'PENDING', 'en-US'],
      [SEEDED_VOCABULARIES.failed, 'FAILED', 'en-US'],
      [SEEDED_VOCABULARIES.encrypted, 'READY', 'en-US'],
      [SEEDED_VOCABULARIES.readySpanish, 'READY', 'es-US'],
      [SEEDED_VOCABULARIES.ready, 'READY', 'en-US'],
    ]);
    const failed = await admin().send(new ListVocabulariesCommand({ StateEquals: 'FAILED' }));
    expect(failed.Status).toBe('FAILED');
    expect(failed.Vocabularies?.every((v) => v.VocabularyState === 'FAILED')).toBe(true);
    const byName = await admin().send(new ListVocabulariesCommand({ NameContains: 'MEETING' }));
    expect(byName.Vocabularies?.map((v) => v.VocabularyName)).toContain(SEEDED_VOCABULARIES.ready);
  });

  it('pages with NextToken, 5 by default, and refuses a token from another query', async () => {
    const first = await admin().send(new ListVocabulariesCommand({}));
    expect(first.Vocabularies).toHaveLength(5);
    await create({ Phrases: ['paging'] });
    const names: string[] = [];
    for await (const page of paginateListVocabularies({ client: admin(), pageSize: 2 }, {}))
      names.push(...(page.Vocabularies ?? []).map((v) => v.VocabularyName!));
    expect(new Set(names).size).toBe(names.length);
    expect(names.length).toBeGreaterThanOrEqual(6);
    const paged = await admin().send(new ListVocabulariesCommand({ MaxResults: 1 }));
    const error = await errorOf(
      admin().send(
        new ListVocabulariesCommand({ NextToken: paged.NextToken, StateEquals: 'READY' }),
      ),
    );
    expect(error.name).toBe('BadRequestException');
    expect(error.message).toMatch(/NextToken that you provided isn't valid/);
  });

  it('says why the failed one failed, and serves the ready one as a table', async () => {
    const failed = await admin().send(
      new GetVocabularyCommand({ VocabularyName: SEEDED_VOCABULARIES.failed }),
    );
    expect(failed.FailureReason).toBe(
      `The vocabulary file ${mediaUri(SEEDED_CUSTOM_INPUTS.malformedVocabulary)} isn't valid: line 3 has 3 columns but the header has 2. Check the file against the custom vocabulary formats and try your request again.`,
    );
    expect(failed.DownloadUri).toBeUndefined();
    const ready = await admin().send(
      new GetVocabularyCommand({ VocabularyName: SEEDED_VOCABULARIES.ready }),
    );
    const response = await fetch(ready.DownloadUri!);
    expect(response.status).toBe(200);
    expect((await response.text()).split('\n').slice(0, 3)).toEqual([
      'Phrase\tIPA\tSoundsLike\tDisplayAs',
      'roadmap\t\t\tRoadmap',
      'action-items\t\t\taction items',
    ]);
  });

  it('refuses a tampered or foreign DownloadUri', async () => {
    const ready = await admin().send(
      new GetVocabularyCommand({ VocabularyName: SEEDED_VOCABULARIES.ready }),
    );
    const tampered = ready.DownloadUri!.replace('meeting-terms', 'terminos-soporte');
    expect((await fetch(tampered)).status).toBe(403);
    const expired = ready.DownloadUri!.replace(/expires=\d+/, 'expires=1');
    expect((await fetch(expired)).status).toBe(403);
  });
});

describe('CreateVocabulary', () => {
  it('goes PENDING → READY, and its DownloadUri serves the phrases', async () => {
    const name = uniqueResourceName('phrases');
    const created = await create({
      VocabularyName: name,
      Phrases: ["O'Brien", 'A.W.S.', 'Los-Angeles'],
    });
    expect(created).toMatchObject({
      VocabularyName: name,
      LanguageCode: 'en-US',
      VocabularyState: 'PENDING',
    });
    expect(created.LastModifiedTime).toBeInstanceOf(Date);
    const ready = await settledVocabulary(admin(), name);
    expect(ready.VocabularyState).toBe('READY');
    expect(await (await fetch(ready.DownloadUri!)).text()).toBe(
      "Phrase\tIPA\tSoundsLike\tDisplayAs\nO'Brien\t\t\t\nA.W.S.\t\t\t\nLos-Angeles\t\t\t\n",
    );
  });

  it('reads a file from S3 as the caller, in list or table format', async () => {
    const list = await putText(local.url, 'custom/test/list.txt', 'zero-trust\nK.M.S.\n');
    const name = uniqueResourceName('file');
    await create({ VocabularyName: name, VocabularyFileUri: list });
    const ready = await settledVocabulary(admin(), name);
    expect(ready.VocabularyState).toBe('READY');
    expect(await (await fetch(ready.DownloadUri!)).text()).toContain('zero-trust\t\t\t\n');
  });

  it.each([
    ['a missing file', 'custom/test/none.txt', undefined, "doesn't exist"],
    ['an empty file', 'custom/test/empty.txt', '', 'the file is empty'],
    [
      'a file that is not text',
      'custom/test/binary.txt',
      Buffer.from([0xff, 0xfe, 0x00, 0x41]),
      "isn't UTF-8 text",
    ],
    ['a phrase with a space', 'custom/test/space.txt', 'two words\n', 'line 1 ("two words")'],
    [
      'an unknown column',
      'custom/test/column.txt',
      'Phrase\tMeaning\nx\ty\n',
      'a column "Meaning"',
    ],
    [
      'IPA and SoundsLike on one row',
      'custom/test/both.txt',
      'Phrase\tIPA\tSoundsLike\nx\tɪ\tks\n',
      'both IPA and SoundsLike',
    ],
  ])('fails with a reason for %s', async (_, key, body, reason) => {
    if (body !== undefined) await putText(local.url, key, body);
    const name = uniqueResourceName('bad-file');
    await create({ VocabularyName: name, VocabularyFileUri: mediaUri(key) });
    const failed = await settledVocabulary(admin(), name);
    expect(failed.VocabularyState).toBe('FAILED');
    expect(failed.FailureReason).toContain(reason);
  });

  it('refuses a taken name with ConflictException', async () => {
    const error = await errorOf(
      create({ VocabularyName: SEEDED_VOCABULARIES.ready, Phrases: ['x'] }),
    );
    expect(error.name).toBe('ConflictException');
    expect(error.message).toBe(
      'The requested vocabulary name already exists. Use a different vocabulary name.',
    );
  });

  it.each([
    [
      'a name with a space',
      { VocabularyName: 'my terms', Phrases: ['x'] },
      `1 validation error detected: Value 'my terms' at 'vocabularyName' failed to satisfy constraint: ${PATTERN}^[0-9a-zA-Z._-]+`,
    ],
    [
      'an empty phrase',
      { Phrases: [''] },
      `1 validation error detected: Value '[]' at 'phrases' failed to satisfy constraint: Member must satisfy constraint: [Member must have length less than or equal to 256, Member must have length greater than or equal to 0, ${PATTERN}.+]`,
    ],
    [
      'a URI that is not one',
      { VocabularyFileUri: 'bucket/key.txt' },
      `1 validation error detected: Value 'bucket/key.txt' at 'vocabularyFileUri' failed to satisfy constraint: ${PATTERN}(s3://|http(s*)://).+`,
    ],
    [
      'a role ARN that is not one',
      { Phrases: ['x'], DataAccessRoleArn: 'arn:aws:iam::111122223333:user/analyst' },
      `1 validation error detected: Value 'arn:aws:iam::111122223333:user/analyst' at 'dataAccessRoleArn' failed to satisfy constraint: ${PATTERN}^arn:(aws|aws-cn|aws-us-gov|aws-iso-{0,1}[a-z]{0,1}):iam::[0-9]{0,63}:role/[A-Za-z0-9:_/+=,@.-]{0,1024}$`,
    ],
    [
      'both phrases and a file',
      { Phrases: ['x'], VocabularyFileUri: MEETING_MEDIA_URI },
      "You can't use both Phrases and VocabularyFileUri in the same request. Choose one and try your request again.",
    ],
    [
      'neither phrases nor a file',
      {},
      'You must specify either Phrases or VocabularyFileUri in your request.',
    ],
    [
      'a file outside S3',
      { VocabularyFileUri: 'https://example.com/terms.txt' },
      "The S3 URI that you provided in VocabularyFileUri isn't valid. Specify the file as s3://bucket/key and try your request again.",
    ],
    [
      'a phrase with a space (English)',
      { Phrases: ['two words'] },
      'The vocabulary that you’re trying to create contains invalid characters or incorrectly formatted terms. See the developer guide for more information.',
    ],
    [
      'an accented phrase in English',
      { Phrases: ['envío'] },
      'The vocabulary that you’re trying to create contains invalid characters or incorrectly formatted terms. See the developer guide for more information.',
    ],
    [
      'a phrase that starts with a hyphen',
      { Phrases: ['-Hawn'] },
      'The vocabulary that you’re trying to create contains invalid characters or incorrectly formatted terms. See the developer guide for more information.',
    ],
    [
      'a digit in Spanish',
      { LanguageCode: 'es-US', Phrases: ['pedido2'] },
      'The vocabulary that you’re trying to create contains invalid characters or incorrectly formatted terms. See the developer guide for more information.',
    ],
  ] as const)('refuses %s (BadRequestException)', async (_, request, message) => {
    const error = await errorOf(create(request as Partial<CreateVocabularyRequest>));
    expect(error.name).toBe('BadRequestException');
    expect(error.message).toBe(message);
  });

  it('takes letters of the language in its own script', async () => {
    const name = uniqueResourceName('spanish');
    await create({ VocabularyName: name, LanguageCode: 'es-US', Phrases: ['envío', 'dirección'] });
    expect((await settledVocabulary(admin(), name)).VocabularyState).toBe('READY');
  });
});

describe('UpdateVocabulary and DeleteVocabulary', () => {
  it('replaces the phrases: PENDING again, then READY with the new ones', async () => {
    const name = uniqueResourceName('update');
    await create({ VocabularyName: name, Phrases: ['before'] });
    await settledVocabulary(admin(), name);
    const updated = await admin().send(
      new UpdateVocabularyCommand({
        VocabularyName: name,
        LanguageCode: 'en-US',
        Phrases: ['after'],
      }),
    );
    expect(updated).toMatchObject({ VocabularyName: name, VocabularyState: 'PENDING' });
    const ready = await settledVocabulary(admin(), name);
    expect(await (await fetch(ready.DownloadUri!)).text()).toContain('after');
  });

  it('refuses to update a vocabulary that is still PENDING (ConflictException)', async () => {
    const error = await errorOf(
      admin().send(
        new UpdateVocabularyCommand({
          VocabularyName: SEEDED_VOCABULARIES.pending,
          LanguageCode: 'en-US',
          Phrases: ['again'],
        }),
      ),
    );
    expect(error.name).toBe('ConflictException');
    expect(error.message).toMatch(/is PENDING: it can't be updated until processing finishes/);
  });

  it('deletes a settled vocabulary; it is then unknown, and its old link is gone', async () => {
    const name = uniqueResourceName('delete');
    await create({ VocabularyName: name, Phrases: ['gone'] });
    const ready = await settledVocabulary(admin(), name);
    await admin().send(new DeleteVocabularyCommand({ VocabularyName: name }));
    const error = await errorOf(admin().send(new GetVocabularyCommand({ VocabularyName: name })));
    expect(error.name).toBe('BadRequestException');
    expect(error.message).toBe(
      "The requested vocabulary couldn't be found. Check the vocabulary name and try your request again.",
    );
    expect((await fetch(ready.DownloadUri!)).status).toBe(404);
  });

  it('refuses to delete a vocabulary that is still PENDING', async () => {
    const error = await errorOf(
      admin().send(new DeleteVocabularyCommand({ VocabularyName: SEEDED_VOCABULARIES.pending })),
    );
    expect(error.name).toBe('BadRequestException');
    expect(error.message).toMatch(/is PENDING and can't be deleted/);
  });
});

describe('custom vocabularies as the analyst (deploy/analyst-policy.json)', () => {
  it('creates with the data access role the policy lets it pass', async () => {
    const name = uniqueResourceName('analyst');
    await analyst().send(
      new CreateVocabularyCommand({
        VocabularyName: name,
        LanguageCode: 'en-US',
        VocabularyFileUri: mediaUri(SEEDED_CUSTOM_INPUTS.meetingTerms),
        DataAccessRoleArn: DATA_ACCESS_ROLES.transcribeDataAccess.arn,
      }),
    );
    const ready = await settledVocabulary(analyst(), name);
    expect(ready).toMatchObject({
      VocabularyState: 'READY',
      DataAccessRoleArn: DATA_ACCESS_ROLES.transcribeDataAccess.arn,
    });
  });

  it('may not pass any other role (iam:PassRole)', async () => {
    const error = await errorOf(
      analyst().send(
        new CreateVocabularyCommand({
          VocabularyName: uniqueResourceName('pass'),
          LanguageCode: 'en-US',
          Phrases: ['x'],
          DataAccessRoleArn: DATA_ACCESS_ROLES.noMediaAccess.arn,
        }),
      ),
    );
    expect(error.name).toBe('AccessDeniedException');
    expect(error.message).toMatch(
      new RegExp(
        `^User: arn:aws:sts::111122223333:assumed-role/TranscribeAnalyst/\\S+ is not authorized to perform: iam:PassRole on resource: ${DATA_ACCESS_ROLES.noMediaAccess.arn} because no identity-based policy allows the iam:PassRole action$`,
      ),
    );
  });
});

describe('vocabularies in transcription jobs', () => {
  const job = (settings: Record<string, unknown>, languageCode = 'en-US') =>
    admin().send(
      new StartTranscriptionJobCommand({
        TranscriptionJobName: uniqueResourceName('job'),
        LanguageCode: languageCode as never,
        Media: { MediaFileUri: MEETING_MEDIA_URI },
        Settings: settings,
      }),
    );

  it('takes a READY vocabulary of the job language', async () => {
    const started = await job({ VocabularyName: SEEDED_VOCABULARIES.ready });
    expect(started.TranscriptionJob?.Settings?.VocabularyName).toBe(SEEDED_VOCABULARIES.ready);
  });

  it.each([
    ['PENDING', SEEDED_VOCABULARIES.pending, 'en-US', /is PENDING, not READY/],
    ['FAILED', SEEDED_VOCABULARIES.failed, 'en-US', /is FAILED, not READY/],
    ['unknown', 'no-such-vocabulary', 'en-US', /requested vocabulary couldn't be found/],
    [
      'of another language',
      SEEDED_VOCABULARIES.readySpanish,
      'en-US',
      /is in es-US, but it's used for en-US/,
    ],
  ])('refuses a vocabulary that is %s', async (_, name, language, message) => {
    const error = await errorOf(job({ VocabularyName: name }, language));
    expect(error.name).toBe('BadRequestException');
    expect(error.message).toMatch(message);
  });
});

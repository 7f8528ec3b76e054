import {
  CreateVocabularyCommand,
  GetTranscriptionJobCommand,
  ListTagsForResourceCommand,
  TagResourceCommand,
  UntagResourceCommand,
} from '@aws-sdk/client-transcribe';
import { describe, expect, it } from 'vitest';
import { CURRENT_ACCOUNT, OTHER_ACCOUNT } from '../seed/ids';
import { uniqueResourceName } from './custom-resource-support';
import { startForTests } from './harness';
import { analystKeys, errorOf, startJob, transcribeAs, uniqueName } from './transcribe-support';

// Transcribe's tagging by ARN (TagResource, UntagResource, ListTagsForResource), which
// Terraform's aws_transcribe_vocabulary reads after every create and refresh.

const local = startForTests();
const admin = () => transcribeAs(local.url);
const analyst = () => transcribeAs(local.url, analystKeys(local.server));
const ARN = `arn:aws:transcribe:us-east-1:${CURRENT_ACCOUNT}`;

const tagsOf = async (ResourceArn: string) =>
  (await admin().send(new ListTagsForResourceCommand({ ResourceArn }))).Tags;

async function newVocabulary(tags?: { Key: string; Value: string }[]): Promise<string> {
  const name = uniqueResourceName('tagged');
  await admin().send(
    new CreateVocabularyCommand({
      VocabularyName: name,
      LanguageCode: 'en-US',
      Phrases: ['Terraform'],
      Tags: tags,
    }),
  );
  return `${ARN}:vocabulary/${name}`;
}

describe('Transcribe tags', () => {
  it('lists the tags a vocabulary was created with, then added, changed and removed', async () => {
    const arn = await newVocabulary([{ Key: 'team', Value: 'analytics' }]);
    const listed = await admin().send(new ListTagsForResourceCommand({ ResourceArn: arn }));
    expect(listed).toMatchObject({ ResourceArn: arn, Tags: [{ Key: 'team', Value: 'analytics' }] });

    await admin().send(
      new TagResourceCommand({
        ResourceArn: arn,
        Tags: [
          { Key: 'env', Value: 'local' },
          { Key: 'team', Value: 'platform' },
        ],
      }),
    );
    expect(await tagsOf(arn)).toEqual([
      { Key: 'team', Value: 'platform' },
      { Key: 'env', Value: 'local' },
    ]);
    await admin().send(new UntagResourceCommand({ ResourceArn: arn, TagKeys: ['team', 'nope'] }));
    expect(await tagsOf(arn)).toEqual([{ Key: 'env', Value: 'local' }]);
    await admin().send(new UntagResourceCommand({ ResourceArn: arn, TagKeys: ['env'] }));
    expect(await tagsOf(arn)).toEqual([]);
  });

  it('tags transcription jobs too, as GetTranscriptionJob then reports', async () => {
    const name = uniqueName('tagged-job');
    await startJob(admin(), { TranscriptionJobName: name, Tags: [{ Key: 'a', Value: '1' }] });
    const arn = `${ARN}:transcription-job/${name}`;
    expect(await tagsOf(arn)).toEqual([{ Key: 'a', Value: '1' }]);
    await admin().send(
      new TagResourceCommand({ ResourceArn: arn, Tags: [{ Key: 'b', Value: '' }] }),
    );
    const { TranscriptionJob } = await admin().send(
      new GetTranscriptionJobCommand({ TranscriptionJobName: name }),
    );
    expect(TranscriptionJob?.Tags).toEqual([
      { Key: 'a', Value: '1' },
      { Key: 'b', Value: '' },
    ]);
  });

  it('answers NotFoundException for what the caller does not have here', async () => {
    for (const ResourceArn of [
      `${ARN}:vocabulary/never-created`,
      `${ARN}:transcription-job/never-started`,
      `${ARN}:medical-vocabulary/none`,
      `arn:aws:transcribe:us-east-1:${OTHER_ACCOUNT}:vocabulary/theirs`,
      `arn:aws:transcribe:eu-west-1:${CURRENT_ACCOUNT}:vocabulary/elsewhere`,
    ]) {
      const error = await errorOf(admin().send(new ListTagsForResourceCommand({ ResourceArn })));
      expect(error).toMatchObject({
        name: 'NotFoundException',
        message:
          "The requested resource couldn't be found. Check the resource name and try your request again.",
      });
      expect(error.$metadata.httpStatusCode).toBe(400);
    }
  });

  it('checks the ARN, the tags and the keys as the model does', async () => {
    const badArn = await errorOf(
      admin().send(new ListTagsForResourceCommand({ ResourceArn: 'vocabulary/x' })),
    );
    expect(badArn).toMatchObject({
      name: 'BadRequestException',
      message:
        "1 validation error detected: Value 'vocabulary/x' at 'resourceArn' failed to satisfy constraint: Member must satisfy regular expression pattern: arn:aws(-[^:]+)?:transcribe:[a-zA-Z0-9-]*:[0-9]{12}:[a-zA-Z-]*/[0-9a-zA-Z._-]+",
    });
    const arn = await newVocabulary();
    const noTags = await errorOf(
      admin().send(new TagResourceCommand({ ResourceArn: arn, Tags: [] })),
    );
    expect(noTags.message).toBe(
      "1 validation error detected: Value '[]' at 'tags' failed to satisfy constraint: Member must have length greater than or equal to 1",
    );
    const longKey = await errorOf(
      admin().send(
        new TagResourceCommand({ ResourceArn: arn, Tags: [{ Key: 'k'.repeat(129), Value: 'v' }] }),
      ),
    );
    expect(longKey.message).toContain(
      "at 'tags.1.member.key' failed to satisfy constraint: Member must have length less than or equal to 128",
    );
    const emptyKey = await errorOf(
      admin().send(new UntagResourceCommand({ ResourceArn: arn, TagKeys: [''] })),
    );
    expect(emptyKey.name).toBe('BadRequestException');
    expect(await tagsOf(arn)).toEqual([]);
  });

  it('asks IAM: the analyst may tag (as its jobs need) but not list or remove tags', async () => {
    const arn = await newVocabulary([{ Key: 'keep', Value: 'me' }]);
    const ANALYST = `arn:aws:sts::${CURRENT_ACCOUNT}:assumed-role/TranscribeAnalyst/t`;
    for (const [action, attempt] of [
      [
        'transcribe:ListTagsForResource',
        () => analyst().send(new ListTagsForResourceCommand({ ResourceArn: arn })),
      ],
      [
        'transcribe:UntagResource',
        () => analyst().send(new UntagResourceCommand({ ResourceArn: arn, TagKeys: ['keep'] })),
      ],
    ] as const) {
      const error = await errorOf(attempt());
      expect(error).toMatchObject({
        name: 'AccessDeniedException',
        message: `User: ${ANALYST} is not authorized to perform: ${action} on resource: ${arn} because no identity-based policy allows the ${action} action`,
      });
    }
    expect(await tagsOf(arn)).toEqual([{ Key: 'keep', Value: 'me' }]);
  });
});

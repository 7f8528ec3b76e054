import type { StartTranscriptionJobCommandInput } from '@aws-sdk/client-transcribe';
import { createVocabularyFilter, jobEnded, startJob } from './aws-admin';
import { lookAt } from './look-at';
import type { JobDetailsPage } from './pages/job-details';
import { OTHER_MEDIA_URI, SUPPORT_CALL_MEDIA_URI, TRANSCRIPTS_BUCKET } from './seeded-world';
import { expect, test } from './test';

test.beforeEach(async ({ signIn }) => {
  await signIn({ at: '/jobs' });
});

/** Starts a job of the interview (two sentences: two turns), into a customer bucket. */
async function completedJob(
  details: JobDetailsPage,
  name: string,
  input: Partial<StartTranscriptionJobCommandInput>,
) {
  await startJob(name, {
    Media: { MediaFileUri: OTHER_MEDIA_URI },
    OutputBucketName: TRANSCRIPTS_BUCKET,
    OutputKey: `turns/${name}/`,
    ...input,
  });
  await jobEnded(name);
  await details.goto(name);
}

test('a job with speaker partitioning previews its transcript as speaker turns', async ({
  page,
  jobDetailsPage: details,
}) => {
  await completedJob(details, 'speaker-turns', {
    Settings: { ShowSpeakerLabels: true, MaxSpeakerLabels: 2 },
  });
  const turns = details.turns('Speaker turns');
  await expect(turns).toHaveCount(2);
  await expect(turns.nth(0)).toHaveText('spk_0 (0:00): Thanks for joining us today.');
  await expect(turns.nth(1)).toHaveText(
    /^spk_1 \(0:\d\d\): Could you tell me a little about your background and what drew you to this role\?$/,
  );
  await expect(details.transcript).toContainText('2 speakers, 2 turns');
  await lookAt(page, 'transcript-speaker-turns');
});

test('a job with channel identification previews its transcript as channel turns', async ({
  jobDetailsPage: details,
}) => {
  await completedJob(details, 'channel-turns', { Settings: { ChannelIdentification: true } });
  const turns = details.turns('Channel turns');
  await expect(turns).toHaveCount(2);
  await expect(turns.nth(0)).toHaveText(/^ch_0 \(0:00\): Thanks for joining us today\.$/);
  await expect(turns.nth(1)).toHaveText(/^ch_1 \(0:\d\d\): Could you tell me/);
  await expect(details.transcript).toContainText('2 channels, 2 turns');
});

test('PII redaction with speakers: the redacted name shows as [PII] in its turn, marked with its type', async ({
  jobDetailsPage: details,
}) => {
  await completedJob(details, 'redacted-turns', {
    Media: { MediaFileUri: SUPPORT_CALL_MEDIA_URI },
    Settings: { ShowSpeakerLabels: true, MaxSpeakerLabels: 2 },
    ContentRedaction: { RedactionType: 'PII', RedactionOutput: 'redacted' },
  });
  const turns = details.turns('Speaker turns');
  await expect(turns).toHaveCount(2);
  await expect(turns.nth(0)).toHaveText(
    'spk_0 (0:00): Thank you for calling support, my name is [PII].',
  );
  const redacted = details.markedWords.filter({ hasText: '[PII]' });
  await expect(redacted).toHaveCount(1);
  await expect(redacted).toHaveAttribute('title', 'Redacted (PII): NAME');
  await expect(turns.nth(1)).toContainText("I'll help you update the shipping address.");
});

test('vocabulary filter methods as written: masked words as ***, tagged words marked and kept', async ({
  jobDetailsPage: details,
}) => {
  await createVocabularyFilter('turns-filter', ['background', 'role']);
  await completedJob(details, 'masked-words', {
    Settings: { VocabularyFilterName: 'turns-filter', VocabularyFilterMethod: 'mask' },
  });
  await expect(details.transcript).toContainText('about your *** and what drew you to this ***?');
  await expect(details.markedWords).toHaveText(['***', '***']);
  await expect(details.markedWords.first()).toHaveAttribute(
    'title',
    'Masked by the vocabulary filter',
  );

  await completedJob(details, 'tagged-words', {
    Settings: { VocabularyFilterName: 'turns-filter', VocabularyFilterMethod: 'tag' },
  });
  await expect(details.transcript).toContainText('about your background and what drew you');
  await expect(details.markedWords).toHaveText(['background', 'role']);
  await expect(details.markedWords.first()).toHaveAttribute(
    'title',
    'Tagged by the vocabulary filter',
  );
});

import { execFile, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { getJob, jobEnded, objectHead, putObjectSseS3, startJob } from './aws-admin';
import { lookAt } from './look-at';
import type { CreateJobPage } from './pages/create-job';
import {
  MEDIA_URI,
  OWN_KEY_ARN,
  OWN_KEY_ID,
  SEEDED_LANGUAGE_MODELS,
  SEEDED_VOCABULARIES,
  SEEDED_VOCABULARY_FILTERS,
  SUPPORT_CALL_MEDIA_URI,
  TRANSCRIPTS_BUCKET,
} from './seeded-world';
import { expect, test } from './test';

test.beforeEach(async ({ signIn, createJobPage }) => {
  await signIn({ at: '/jobs/create' });
  await expect(createJobPage.heading).toBeVisible();
});

/**
 * Turns on every option an English job can have: a custom language model, speakers,
 * alternatives, toxicity, a vocabulary filter, PII redaction of names and phone numbers with the
 * unredacted copy, a custom vocabulary, SRT and WebVTT subtitles from 1.
 */
async function setEveryOption(form: CreateJobPage) {
  const o = form.options;
  await o.modelType.custom.check();
  await o.choose('Language model', SEEDED_LANGUAGE_MODELS.completed);

  await o.open('Audio settings');
  await o.toggle('Audio identification').check();
  await o.radio('Speaker partitioning').check();
  await o.input('Maximum number of speakers').fill('3');
  await o.toggle('Alternative results').check();
  await o.input('Maximum alternatives').fill('2');
  await o.toggle('Toxicity detection').check();

  await o.open('Content removal');
  await o.toggle('Vocabulary filtering').check();
  await o.choose('Vocabulary filter', SEEDED_VOCABULARY_FILTERS.profanity);
  await o.radio('Mask').check();
  await o.toggle('PII redaction').check();
  await o.radio('Redacted and unredacted').check();
  await o.radio('Specific PII entity types').check();
  await o.select('Entity types').click();
  await form.page.getByRole('option', { name: 'Name', exact: true }).click();
  await form.page.getByRole('option', { name: 'Phone number' }).click();
  await form.page.keyboard.press('Escape');

  await o.open('Customization');
  await o.toggle('Custom vocabulary').check();
  await o.choose(/^Vocabulary (?!filter)/, SEEDED_VOCABULARIES.ready);

  await o.open('Subtitles');
  await o.checkbox('SRT').check();
  await o.checkbox('WebVTT').check();
  await o.radio('1').check();
}

/** The option members `setEveryOption` sends, as the API names them. */
const everyOptionMembers = {
  Settings: {
    VocabularyName: SEEDED_VOCABULARIES.ready,
    ShowSpeakerLabels: true,
    MaxSpeakerLabels: 3,
    ShowAlternatives: true,
    MaxAlternatives: 2,
    VocabularyFilterName: SEEDED_VOCABULARY_FILTERS.profanity,
    VocabularyFilterMethod: 'mask',
  },
  ModelSettings: { LanguageModelName: SEEDED_LANGUAGE_MODELS.completed },
  ContentRedaction: {
    RedactionType: 'PII',
    RedactionOutput: 'redacted_and_unredacted',
    PiiEntityTypes: ['NAME', 'PHONE'],
  },
  Subtitles: { Formats: ['srt', 'vtt'], OutputStartIndex: 1 },
  ToxicityDetection: [{ ToxicityCategories: ['ALL'] }],
};

async function fillEncryptedJob(form: CreateJobPage, name: string) {
  await form.fillBasics(name);
  await form.kmsKey.currentAccount.check();
  await form.kmsKey.chooseKey('transcribe-out', /alias\/transcribe-output/);
  await expect(form.kmsKey.canUse).toBeVisible();
}

test('every option reaches StartTranscriptionJob as the preview shows it, and every file the job writes has its key', async ({
  page,
  shell,
  createJobPage: form,
  jobDetailsPage,
  pageRequests,
}) => {
  for (const title of ['Audio settings', 'Content removal', 'Customization', 'Subtitles'] as const)
    await expect(form.options.summary(title)).toHaveText('Off');

  await fillEncryptedJob(form, 'every-option-job');
  await setEveryOption(form);
  for (const title of ['Audio settings', 'Content removal', 'Customization', 'Subtitles'] as const)
    await form.options.close(title);
  // Collapsed, each container says what is on.
  await expect(form.options.summary('Audio settings')).toHaveText(
    'On: Speaker partitioning, up to 3 speakers; Alternative results, up to 2; Toxicity detection',
  );
  await expect(form.options.summary('Content removal')).toHaveText(
    'On: Vocabulary filtering (profanity-filter, mask); PII redaction (redacted and unredacted; Name, Phone number)',
  );
  await expect(form.options.summary('Customization')).toHaveText(
    'On: Custom vocabulary (meeting-terms)',
  );
  await expect(form.options.summary('Subtitles')).toHaveText('On: SRT and WebVTT, start index 1');
  await lookAt(page, 'configure-job-collapsed');

  const preview = await form.previewedRequest();
  expect(preview).toEqual({
    TranscriptionJobName: 'every-option-job',
    Media: { MediaFileUri: MEDIA_URI },
    LanguageCode: 'en-US',
    OutputBucketName: TRANSCRIPTS_BUCKET,
    OutputKey: 'out/',
    OutputEncryptionKMSKeyId: OWN_KEY_ID,
    ...everyOptionMembers,
  });
  await expect(form.requestCli).toContainText('--toxicity-detection');

  await form.create();
  await expect(page).toHaveURL(/\/jobs\/every-option-job$/);
  await expect(shell.flash('Job every-option-job created')).toBeVisible();
  // The preview is the body the browser sent, byte for byte: members, order and values.
  expect(pageRequests.bodies('StartTranscriptionJob').map((b) => JSON.stringify(b))).toEqual([
    JSON.stringify(preview),
  ]);

  // Every file the job wrote, not only the transcript, is under the job's key.
  const job = await jobEnded('every-option-job');
  const uris = [
    job.Transcript?.TranscriptFileUri,
    job.Transcript?.RedactedTranscriptFileUri,
    ...(job.Subtitles?.SubtitleFileUris ?? []),
  ];
  expect(uris).toHaveLength(4);
  for (const uri of uris) {
    const [, bucket, key] = /^https?:\/\/[^/]+\/([^/]+)\/(.+)$/.exec(uri ?? '') ?? [];
    expect(bucket, uri).toBe(TRANSCRIPTS_BUCKET);
    const head = await objectHead(bucket!, decodeURIComponent(key!));
    expect({ uri, sse: head.ServerSideEncryption, key: head.SSEKMSKeyId }).toEqual({
      uri,
      sse: 'aws:kms',
      key: OWN_KEY_ARN,
    });
  }
  expect((await getJob('every-option-job')).Subtitles?.OutputStartIndex).toBe(1);

  // Job details lists the four files, each read with one HeadObject, each under the key.
  for (const [kind, file] of [
    ['Unredacted transcript', 'every-option-job.json'],
    ['Redacted transcript', 'redacted-every-option-job.json'],
    ['SRT subtitles', 'redacted-every-option-job.srt'],
    ['WebVTT subtitles', 'redacted-every-option-job.vtt'],
  ] as const) {
    const row = jobDetailsPage.outputFile(kind);
    await expect(row).toContainText(`s3://${TRANSCRIPTS_BUCKET}/out/${file}`);
    // The key by its alias beside its ARN, as under "Output data" (issue 19 item 5).
    await expect(row).toContainText('SSE-KMS with');
    await expect(row).toContainText('alias/transcribe-output');
    await expect(row).toContainText(OWN_KEY_ARN);
    await expect(row).not.toContainText('differs from');
  }
  await pageRequests.settled();
  const heads = pageRequests.all.filter((r) => r.operation.startsWith('HEAD ')).length;
  expect(heads).toBe(4);
  await lookAt(page, 'job-details-output-files');
});

/** The AWS CLI's version line, or undefined when `aws` is not on the PATH. */
function awsCliVersion(): string | undefined {
  const run = spawnSync('aws', ['--version'], { encoding: 'utf8' });
  return run.status === 0 ? `${run.stdout}${run.stderr}`.trim() : undefined;
}

const INSTALL_CLI =
  '(v2, or v1 with `pip install awscli`; README, "Tests"), so that this test can run the command the page shows';

test('the AWS CLI command sends the very body the browser sends', async ({
  createJobPage: form,
}) => {
  // Not a skip: without the CLI, the check that the shown command is right would pass unseen.
  const version = awsCliVersion();
  expect(version, `The AWS CLI (aws) is not on the PATH: install it ${INSTALL_CLI}.`).toBeDefined();
  await fillEncryptedJob(form, 'cli-job');
  await setEveryOption(form);
  await form.kmsKey.addContext(1, 'team', "analysts' desk");
  const preview = await form.previewedRequest();
  const command = (await form.requestCli.textContent()) ?? '';
  expect(command.startsWith('aws transcribe start-transcription-job')).toBe(true);

  // A stand-in endpoint that keeps what the CLI sends and refuses it, so nothing is created.
  const bodies: string[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      bodies.push(Buffer.concat(chunks).toString('utf8'));
      response.writeHead(400, { 'content-type': 'application/x-amz-json-1.1' });
      response.end(JSON.stringify({ __type: 'BadRequestException', message: 'captured' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  try {
    const run = promisify(execFile)(
      'bash',
      ['-c', command.replace(/^aws /, `aws --endpoint-url http://127.0.0.1:${port} `)],
      {
        env: {
          ...process.env,
          AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
          AWS_SECRET_ACCESS_KEY: 'not-a-secret',
          AWS_CONFIG_FILE: '/dev/null',
          AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
          AWS_MAX_ATTEMPTS: '1',
        },
      },
    );
    const stderr = await run.then(
      () => 'the command succeeded against an endpoint that refuses everything',
      (error: { stderr?: string }) => error.stderr ?? '',
    );
    // An older CLI refuses an option it does not know before sending anything.
    expect(
      stderr,
      /Unknown options|Invalid choice|unrecognized/i.test(stderr)
        ? `This AWS CLI (${version}) does not know an option of the command: install a newer one ${INSTALL_CLI}.`
        : 'the CLI reached the stand-in endpoint',
    ).toContain('captured');
  } finally {
    server.close();
  }
  expect(bodies).toHaveLength(1);
  // Each member's JSON is the browser's byte for byte (spacing aside). Only the order of the
  // top-level members differs: the CLI writes them in the API model's order (LanguageCode
  // before Media), the JS SDK and so the preview with its required members first.
  const cli = JSON.parse(bodies[0]!) as Record<string, unknown>;
  const browser = preview as Record<string, unknown>;
  expect(Object.keys(cli).sort()).toEqual(Object.keys(browser).sort());
  for (const member of Object.keys(browser))
    expect(JSON.stringify(cli[member]), member).toBe(JSON.stringify(browser[member]));
});

test('a rule broken in a closed container opens it, says why on the field and sends nothing', async ({
  createJobPage: form,
  pageRequests,
}) => {
  await form.fillRequired('too-many-speakers');
  await form.options.open('Audio settings');
  await form.options.toggle('Audio identification').check();
  await form.options.input('Maximum number of speakers').fill('31');
  await form.options.close('Audio settings');
  await expect(form.options.summary('Audio settings')).toHaveText(
    'On: Speaker partitioning, up to 31 speakers',
  );

  await form.create();
  await expect(form.options.header('Audio settings')).toHaveAttribute('aria-expanded', 'true');
  await expect(
    form.options.message('The maximum number of speakers is from 2 to 30; 31 is out of range.'),
  ).toBeVisible();
  await expect(form.options.input('Maximum number of speakers')).toBeFocused();
  expect(pageRequests.count('StartTranscriptionJob')).toBe(0);

  await form.options.input('Maximum number of speakers').fill('30');
  await form.create();
  await expect(form.page).toHaveURL(/\/jobs\/too-many-speakers$/);
  expect(pageRequests.bodies('StartTranscriptionJob')[0]).toMatchObject({
    Settings: { ShowSpeakerLabels: true, MaxSpeakerLabels: 30 },
  });
});

test('each rule between options has its own message on its field, before any request', async ({
  createJobPage: form,
  pageRequests,
}) => {
  const o = form.options;
  await form.fillRequired('broken-options');
  await o.modelType.custom.check();
  await o.open('Audio settings');
  await o.toggle('Alternative results').check();
  await o.input('Maximum alternatives').fill('11');
  await o.toggle('Toxicity detection').check();
  await o.open('Content removal');
  await o.toggle('Vocabulary filtering').check();
  await o.choose('Vocabulary filter', SEEDED_VOCABULARY_FILTERS.profanity);
  await o.toggle('PII redaction').check();
  await o.radio('Specific PII entity types').check();
  // Language identification, which custom models, toxicity and redaction do not work with.
  await form.page.getByRole('radio', { name: 'Automatic language identification' }).check();

  await form.create();
  for (const message of [
    'A custom language model needs a specific language: choose "Specific language" in Language settings, or "General model".',
    'The maximum number of alternatives is from 2 to 10; 11 is out of range.',
    'Toxicity detection is available for English, US only, with "Specific language": language identification is chosen.',
    'With language identification, a vocabulary filter applies to one language: choose Language options in Job settings first.',
    'Choose a filter method: Mask, Remove or Tag.',
    'PII redaction needs a specific language: it does not work with language identification. Choose "Specific language" (English, US or Spanish, US).',
    'Choose at least one PII entity type, or "All PII entity types".',
  ])
    await expect(form.options.message(message)).toBeVisible();
  // The first field in error, in page order, has the focus: Model type, in Job settings.
  await expect(o.modelType.custom).toBeFocused();
  expect(pageRequests.count('StartTranscriptionJob')).toBe(0);
  await lookAt(form.page, 'configure-job-rules');
});

test('a draft keeps every option: after a reload the form sends the same request', async ({
  page,
  createJobPage: form,
}) => {
  await fillEncryptedJob(form, 'draft-options-job');
  await setEveryOption(form);
  const before = await form.previewedRequest();
  await expect
    .poll(async () =>
      page.evaluate(() =>
        Object.values(sessionStorage).some((v) => v.includes('profanity-filter')),
      ),
    )
    .toBe(true);

  await page.reload();
  await expect(form.restoredNotice).toBeVisible();
  await expect(form.options.summary('Subtitles')).toHaveText('On: SRT and WebVTT, start index 1');
  await expect(form.options.summary('Content removal')).toHaveText(
    'On: Vocabulary filtering (profanity-filter, mask); PII redaction (redacted and unredacted; Name, Phone number)',
  );
  expect(await form.previewedRequest()).toEqual(before);
  await expect(form.options.modelType.custom).toBeChecked();
});

test('Output files flags the one file whose encryption differs from the others', async ({
  jobDetailsPage,
}) => {
  await startJob('one-file-differs', {
    OutputBucketName: TRANSCRIPTS_BUCKET,
    OutputKey: 'tampered/',
    OutputEncryptionKMSKeyId: OWN_KEY_ID,
    Subtitles: { Formats: ['srt', 'vtt'] },
  });
  await jobEnded('one-file-differs');
  // Someone rewrote the SRT file with S3's own key.
  await putObjectSseS3(TRANSCRIPTS_BUCKET, 'tampered/one-file-differs.srt', '1\n');

  await jobDetailsPage.goto('one-file-differs');
  await expect(jobDetailsPage.outputFile('SRT subtitles')).toContainText(
    'SSE-S3: differs from the other files',
  );
  for (const kind of ['Transcript', 'WebVTT subtitles']) {
    // The key by its alias beside its ARN (issue 19 item 5).
    await expect(jobDetailsPage.outputFile(kind)).toContainText('SSE-KMS with');
    await expect(jobDetailsPage.outputFile(kind)).toContainText(OWN_KEY_ARN);
    await expect(jobDetailsPage.outputFile(kind)).not.toContainText('differs from');
  }
});

test('the resource selects list what the account holds: not-ready ones disabled, none for a language, Retry after a failure', async ({
  createJobPage: form,
  localAws,
}) => {
  const o = form.options;
  await form.fillRequired('resource-lists');
  await o.open('Customization');
  await o.toggle('Custom vocabulary').check();
  await o.select(/^Vocabulary (?!filter)/).click();
  // English vocabularies only; the PENDING and FAILED ones are shown but cannot be chosen.
  await expect(o.options()).toHaveCount(4);
  for (const ready of [SEEDED_VOCABULARIES.ready, SEEDED_VOCABULARIES.encrypted])
    await expect(form.page.getByRole('option', { name: new RegExp(`^${ready}`) })).toBeEnabled();
  for (const notReady of [SEEDED_VOCABULARIES.pending, SEEDED_VOCABULARIES.failed])
    await expect(
      form.page.getByRole('option', { name: new RegExp(`^${notReady}`) }),
    ).toBeDisabled();
  await form.page.keyboard.press('Escape');

  // The vocabulary filters fail to load until local-aws stops refusing them.
  await localAws.faults([
    { service: 'transcribe', operation: 'ListVocabularyFilters', errorRate: 1 },
  ]);
  await o.open('Content removal');
  await o.toggle('Vocabulary filtering').check();
  await o.select('Vocabulary filter').click();
  await expect(o.message(/The vocabulary filters could not be loaded/)).toBeVisible();
  await localAws.faults([]);
  await form.page.getByRole('button', { name: 'Retry' }).click();
  await expect(
    form.page.getByRole('option', { name: new RegExp(`^${SEEDED_VOCABULARY_FILTERS.profanity}`) }),
  ).toBeVisible();
  await form.page.keyboard.press('Escape');

  // German: the account has no vocabulary in it.
  await o.choose(/^Language English/, 'German');
  await o.select(/^Vocabulary (?!filter)/).click();
  await expect(
    o.message('No custom vocabularies for German in this account and Region.'),
  ).toBeVisible();
});

test('a job that keeps only the redacted transcript shows it: its encryption, its files, [PII] in the preview', async ({
  jobDetailsPage,
}) => {
  await startJob('redacted-only', {
    Media: { MediaFileUri: SUPPORT_CALL_MEDIA_URI },
    OutputBucketName: TRANSCRIPTS_BUCKET,
    OutputKey: 'redacted/',
    OutputEncryptionKMSKeyId: OWN_KEY_ID,
    ContentRedaction: { RedactionType: 'PII', RedactionOutput: 'redacted' },
  });
  await jobEnded('redacted-only');
  await jobDetailsPage.goto('redacted-only');
  await expect(jobDetailsPage.transcript).toContainText('my name is [PII].');
  await expect(jobDetailsPage.valueOf('Output encryption')).toHaveText('SSE-KMS');
  await expect(jobDetailsPage.outputFiles.getByRole('row')).toHaveCount(2);
  await expect(jobDetailsPage.outputFile('Redacted transcript')).toContainText('SSE-KMS with');
  await expect(jobDetailsPage.outputFile('Redacted transcript')).toContainText(OWN_KEY_ARN);
});

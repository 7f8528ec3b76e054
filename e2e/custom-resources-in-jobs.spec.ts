import {
  describeLanguageModel,
  getJob,
  jobEnded,
  replaceLanguageModel,
  updateVocabulary,
} from './aws-admin';
import { LANGUAGE_MODEL, VOCABULARY, VOCABULARY_FILTER } from './pages/custom-resources';
import {
  DATA_ACCESS_ROLE_ARN,
  MEDIA_URI,
  OWN_KEY_ARN,
  SEEDED_LANGUAGE_MODELS,
  SEEDED_VOCABULARIES,
  customInputUri,
} from './seeded-world';
import { expect, test } from './test';

/**
 * Issue 13 item 5: a vocabulary, filter or model made on its own page is offered by the
 * create-job form once it is usable, and the job uses it; one that is not ready is refused as
 * Transcribe refuses it. Pending is held with local-aws's resource delays and released by
 * stepping its clock: no test waits on wall time.
 */

/** How long a new vocabulary or model is held; released by moving local-aws's clock as far. */
const HOLD_MS = 300_000;

/** The vocabulary select of "Customization" (not "Vocabulary filter"). */
const VOCABULARY_SELECT = /^Vocabulary (?!filter)/;

test('a vocabulary made here with the analyst’s key: offered disabled while Pending, then chosen and used by a job once Ready', async ({
  page,
  signIn,
  resourcePages,
  createJobPage: form,
  jobDetailsPage,
  pageRequests,
  localAws,
}) => {
  await localAws.resourceDelays({ vocabularyMs: HOLD_MS });
  const { create, details } = resourcePages(VOCABULARY);
  await signIn({ at: '/vocabularies/create' });
  await create.name.fill('job-terms');
  await create.fillTerms('Phrase', ['roadmap', 'K.M.S.']);
  await create.encryptWithOwnKey(DATA_ACCESS_ROLE_ARN);
  await create.createButton.click();
  await expect(details.valueOf('State')).toHaveText('Pending');

  // While it is Pending the job form shows it, with its state, and does not let it be chosen.
  await form.goto();
  await form.fillRequired('vocabulary-job');
  await form.options.open('Customization');
  await form.options.toggle('Custom vocabulary').check();
  await form.options.select(VOCABULARY_SELECT).click();
  const option = page.getByRole('option', { name: /^job-terms/ });
  await expect(option).toContainText('PENDING');
  await expect(option).toBeDisabled();
  await page.keyboard.press('Escape');

  await localAws.moveClock(HOLD_MS);
  await details.goto('job-terms');
  await expect(details.valueOf('State')).toHaveText('Ready');
  await expect(details.valueOf('KMS key')).toHaveText(OWN_KEY_ARN);

  // Back on the form: the draft kept what was typed; the vocabulary can be chosen now.
  await form.goto();
  await expect(form.restoredNotice).toBeVisible();
  await expect(form.name).toHaveValue('vocabulary-job');
  await form.options.open('Customization');
  await form.options.choose(VOCABULARY_SELECT, 'job-terms');
  await form.create();

  await expect(page).toHaveURL(/\/jobs\/vocabulary-job$/);
  await expect(jobDetailsPage.valueOf('Custom vocabulary')).toHaveText('job-terms');
  expect(pageRequests.bodies('StartTranscriptionJob')).toEqual([
    expect.objectContaining({ Settings: { VocabularyName: 'job-terms' } }),
  ]);
  // local-aws took that very request, and the job it keeps names the vocabulary.
  expect(
    (await localAws.requests({ operation: 'StartTranscriptionJob' })).map((r) => r.status),
  ).toEqual([200]);
  expect((await getJob('vocabulary-job')).Settings?.VocabularyName).toBe('job-terms');
});

test('a vocabulary filter made here, chosen with a method, masks its words in the job’s transcript', async ({
  page,
  signIn,
  resourcePages,
  createJobPage: form,
  jobDetailsPage,
  pageRequests,
  localAws,
}) => {
  const { create, details } = resourcePages(VOCABULARY_FILTER);
  await signIn({ at: '/vocabulary-filters/create' });
  await create.name.fill('meeting-words');
  await create.fillTerms('Word', ['roadmap', 'quarterly']);
  await create.encryptWithOwnKey(DATA_ACCESS_ROLE_ARN);
  await create.createButton.click();
  await expect(details.heading('meeting-words')).toBeVisible();

  await form.goto();
  await form.fillRequired('filtered-job');
  const o = form.options;
  await o.open('Content removal');
  await o.toggle('Vocabulary filtering').check();
  await o.choose('Vocabulary filter', 'meeting-words');
  // A filter needs its method: the form says so before any request.
  await form.create();
  await expect(o.message('Choose a filter method: Mask, Remove or Tag.')).toBeVisible();
  expect(pageRequests.count('StartTranscriptionJob')).toBe(0);
  await o.radio('Mask').check();
  await form.create();

  await expect(page).toHaveURL(/\/jobs\/filtered-job$/);
  await expect(jobDetailsPage.valueOf('Vocabulary filter')).toHaveText('meeting-words (mask)');
  expect(pageRequests.bodies('StartTranscriptionJob')[0]).toMatchObject({
    Settings: { VocabularyFilterName: 'meeting-words', VocabularyFilterMethod: 'mask' },
  });
  expect(
    (await localAws.requests({ operation: 'StartTranscriptionJob' })).map((r) => r.status),
  ).toEqual([200]);
  await jobEnded('filtered-job');
  // The seeded meeting says "the quarterly roadmap": both words are the filter's.
  await expect(jobDetailsPage.transcript).toContainText('start with the *** *** and then');
});

test('a language model made here: disabled while In progress, chosen as the job’s model once Completed, of the job’s language only', async ({
  page,
  signIn,
  resourcePages,
  createJobPage: form,
  jobDetailsPage,
  pageRequests,
  localAws,
}) => {
  await localAws.resourceDelays({ languageModelMs: HOLD_MS });
  const { create, details } = resourcePages(LANGUAGE_MODEL);
  await signIn({ at: '/language-models/create' });
  await create.name.fill('job-model');
  await create.radio('WideBand').check();
  await create.s3Uri('Training data').fill(customInputUri('trainingData'));
  await create.encryptWithOwnKey(DATA_ACCESS_ROLE_ARN);
  await create.createButton.click();
  await expect(details.valueOf('State')).toHaveText('In progress');

  await form.goto();
  await form.fillRequired('model-job');
  await form.options.modelType.custom.check();
  await form.options.languageModel.click();
  const option = page.getByRole('option', { name: /^job-model/ });
  await expect(option).toContainText('IN_PROGRESS');
  await expect(option).toBeDisabled();
  await page.keyboard.press('Escape');

  await localAws.moveClock(HOLD_MS);
  await details.goto('job-model');
  await expect(details.valueOf('State')).toHaveText('Completed');

  await form.goto();
  await expect(form.restoredNotice).toBeVisible();
  await expect(form.options.modelType.custom).toBeChecked();
  // A model is offered for its own language only: Transcribe refuses any other.
  await form.options.choose(/^Language English/, 'German');
  await form.options.languageModel.click();
  await expect(page.getByRole('option', { name: /^job-model/ })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await form.options.choose(/^Language German/, 'English, US');
  await form.options.choose('Language model', 'job-model');
  await form.create();

  await expect(page).toHaveURL(/\/jobs\/model-job$/);
  await expect(jobDetailsPage.valueOf('Custom language model')).toHaveText('job-model');
  expect(pageRequests.bodies('StartTranscriptionJob')[0]).toMatchObject({
    LanguageCode: 'en-US',
    ModelSettings: { LanguageModelName: 'job-model' },
  });
  expect((await getJob('model-job')).ModelSettings?.LanguageModelName).toBe('job-model');
});

test('a vocabulary that went back to Pending after it was chosen: refused as Transcribe refuses it, on its field, nothing typed lost', async ({
  page,
  signIn,
  createJobPage: form,
  pageRequests,
  localAws,
}) => {
  await signIn({ at: '/jobs/create' });
  await form.fillRequired('refused-vocabulary-job');
  await form.options.open('Customization');
  await form.options.toggle('Custom vocabulary').check();
  await form.options.choose(VOCABULARY_SELECT, SEEDED_VOCABULARIES.ready);

  // Someone updates it meanwhile: it is processed again, and held Pending.
  await localAws.resourceDelays({ vocabularyMs: HOLD_MS });
  await updateVocabulary({
    VocabularyName: SEEDED_VOCABULARIES.ready,
    LanguageCode: 'en-US',
    Phrases: ['roadmap'],
  });
  await form.create();

  const refusal = `The vocabulary ${SEEDED_VOCABULARIES.ready} is PENDING, not READY.`;
  await expect(form.options.message(`Amazon Transcribe refused the job: ${refusal}`)).toBeVisible();
  await expect(form.options.select(VOCABULARY_SELECT)).toBeFocused();
  await expect(page).toHaveURL(/\/jobs\/create$/);
  expect(pageRequests.count('StartTranscriptionJob')).toBe(1);
  const logged = await localAws.requests({ operation: 'StartTranscriptionJob' });
  expect(logged.map((r) => [r.status, r.error])).toEqual([[400, 'BadRequestException']]);
  // Everything typed is still there.
  await expect(form.name).toHaveValue('refused-vocabulary-job');
  await expect(form.media).toHaveValue(MEDIA_URI);
  await expect(form.options.select(VOCABULARY_SELECT)).toContainText(SEEDED_VOCABULARIES.ready);
  // The list was read again: the select shows the state it is in now.
  await form.options.select(VOCABULARY_SELECT).click();
  const option = page.getByRole('option', { name: new RegExp(`^${SEEDED_VOCABULARIES.ready}`) });
  await expect(option).toContainText('PENDING');
  await expect(option).toBeDisabled();
});

test('a language model that failed after it was chosen: refused on its field with Transcribe’s words', async ({
  signIn,
  createJobPage: form,
  pageRequests,
  localAws,
}) => {
  await signIn({ at: '/jobs/create' });
  await form.fillRequired('refused-model-job');
  await form.options.modelType.custom.check();
  await form.options.choose('Language model', SEEDED_LANGUAGE_MODELS.completed);

  // Replaced meanwhile by a model of the same name whose training data is gone.
  await localAws.resourceDelays({ languageModelMs: 0 });
  await replaceLanguageModel({
    ModelName: SEEDED_LANGUAGE_MODELS.completed,
    LanguageCode: 'en-US',
    BaseModelName: 'WideBand',
    InputDataConfig: {
      S3Uri: customInputUri('trainingData').replace('training/', 'no-such-folder/'),
      DataAccessRoleArn: DATA_ACCESS_ROLE_ARN,
    },
  });
  await expect
    .poll(async () => (await describeLanguageModel(SEEDED_LANGUAGE_MODELS.completed)).ModelStatus)
    .toBe('FAILED');
  await form.create();

  await expect(
    form.options.message(
      `Amazon Transcribe refused the job: The language model ${SEEDED_LANGUAGE_MODELS.completed} is FAILED, not COMPLETED.`,
    ),
  ).toBeVisible();
  await expect(form.options.languageModel).toBeFocused();
  expect(pageRequests.count('StartTranscriptionJob')).toBe(1);
  expect(
    (await localAws.requests({ operation: 'StartTranscriptionJob' })).map((r) => r.error),
  ).toEqual(['BadRequestException']);
  await expect(form.name).toHaveValue('refused-model-job');
  await expect(form.options.modelType.custom).toBeChecked();
});

import { jobEnded } from './aws-admin';
import { MEDIA_URI } from './seeded-world';
import { expect, test } from './test';

test.beforeEach(async ({ signIn, createJobPage }) => {
  await signIn({ at: '/jobs/create' });
  await expect(createJobPage.heading).toBeVisible();
});

test('multiple languages identification reaches StartTranscriptionJob as IdentifyMultipleLanguages with its LanguageOptions, and the job shows the languages identified', async ({
  createJobPage: form,
  jobDetailsPage: details,
  pageRequests,
}) => {
  await form.fillRequired('multi-language-job');
  await form.options.identifyMultiple.check();
  await form.options.select(/^Language options/).click();
  // An option is named by the language and its code.
  for (const language of ['English, US en-US', 'Spanish, US es-US'])
    await form.page.getByRole('option', { name: language, exact: true }).click();
  await form.page.keyboard.press('Escape');

  const preview = (await form.previewedRequest()) as Record<string, unknown>;
  expect(preview).toEqual({
    TranscriptionJobName: 'multi-language-job',
    Media: { MediaFileUri: MEDIA_URI },
    IdentifyMultipleLanguages: true,
    LanguageOptions: ['en-US', 'es-US'],
  });
  await expect(form.requestCli).toContainText('--identify-multiple-languages');
  await expect(form.requestCli).toContainText('--language-options en-US es-US');

  await form.create();
  await expect(form.page).toHaveURL(/\/jobs\/multi-language-job$/);
  // The preview is the body the browser sent, byte for byte.
  expect(pageRequests.bodies('StartTranscriptionJob').map((b) => JSON.stringify(b))).toEqual([
    JSON.stringify(preview),
  ]);

  // The meeting declares no language: local-aws identifies the first option, as LanguageCodes.
  const job = await jobEnded('multi-language-job');
  expect(job.IdentifyMultipleLanguages).toBe(true);
  expect(job.LanguageCodes?.map((l) => l.LanguageCode)).toEqual(['en-US']);
  await expect(details.valueOf('Language')).toHaveText('English, US (identified)');
  await expect(details.valueOf('Language options')).toHaveText('English, US; Spanish, US');
});

import { VOCABULARY_FILTER } from './pages/custom-resources';
import {
  DATA_ACCESS_ROLE_ARN,
  OWN_KEY_ARN,
  SEEDED_VOCABULARY_FILTERS,
  customInputUri,
} from './seeded-world';
import { expect, test } from './test';

test('filters: the list has no state; one created from words, encrypted with a key from the list, shows its words and key', async ({
  page,
  signIn,
  shell,
  resourcePages,
  pageRequests,
  a11y,
}) => {
  const { list, create, details } = resourcePages(VOCABULARY_FILTER);
  await signIn({ at: '/jobs' });
  await shell.sideNavigation.getByRole('link', { name: 'Vocabulary filtering' }).click();
  await expect(list.row(SEEDED_VOCABULARY_FILTERS.profanity)).toBeVisible();
  await expect(list.table.getByRole('columnheader', { name: 'State' })).toHaveCount(0);
  await a11y.expectNoSeriousViolations();
  await list.createButton.click();

  await expect(create.heading).toBeVisible();
  await create.name.fill('team-words');
  await create.fillTerms('Word', ['darn', 'heck!']);
  await create.createButton.click();
  await expect(create.message(/"heck!" has "!"/)).toBeVisible();
  await create.term('Word', 2).fill('heck');
  await create.encryption.check();
  await create.kmsKey.chooseKey('transcribe-out', /alias\/transcribe-output/);
  await create.roleArn.fill(DATA_ACCESS_ROLE_ARN);
  await expect(create.message(`Sent as the key ARN ${OWN_KEY_ARN}.`)).toBeVisible();
  await a11y.expectNoSeriousViolations();
  await create.createButton.click();

  await expect(details.heading('team-words')).toBeVisible();
  await expect(page.getByText('Vocabulary filter team-words created')).toBeVisible();
  expect(pageRequests.bodies('CreateVocabularyFilter')).toEqual([
    {
      VocabularyFilterName: 'team-words',
      LanguageCode: 'en-US',
      Words: ['darn', 'heck'],
      DataAccessRoleArn: DATA_ACCESS_ROLE_ARN,
      EncryptionConfiguration: { KMSKey: OWN_KEY_ARN },
    },
  ]);
  await expect(details.valueOf('KMS key')).toHaveText(OWN_KEY_ARN);
  await expect(details.content.getByRole('cell', { name: 'heck' })).toBeVisible();
});

test('a filter from a file in S3 without a key of ours; delete from the list asks first', async ({
  page,
  signIn,
  resourcePages,
}) => {
  const { list, create, details } = resourcePages(VOCABULARY_FILTER);
  await signIn({ at: '/vocabulary-filters/create' });
  await create.name.fill('from-file');
  await create.radio('S3 location').check();
  await create.s3Uri('S3 location').fill(customInputUri('profanity'));
  await create.createButton.click();
  await expect(details.heading('from-file')).toBeVisible();
  await expect(details.valueOf('KMS key')).toHaveText(/A key that AWS owns/);
  await expect(details.content.getByRole('columnheader', { name: 'Word' })).toBeVisible();

  await list.goto();
  await list.delete('from-file');
  await expect(page.getByText('Vocabulary filter from-file deleted')).toBeVisible();
  await expect(list.row('from-file')).toHaveCount(0);
  await expect(list.row(SEEDED_VOCABULARY_FILTERS.spanish)).toBeVisible();
});

test('bad input on a filter gets its own message on each field before any request', async ({
  signIn,
  resourcePages,
  pageRequests,
}) => {
  const { create } = resourcePages(VOCABULARY_FILTER);
  await signIn({ at: '/vocabulary-filters/create' });
  await create.name.fill('bad/filter');
  await create.fillTerms('Word', ['two words']);
  await create.encryption.check();
  await create.kmsKey.otherAccount.check();
  await create.kmsKey.keyArn.fill('alias/transcribe-output');
  await create.roleArn.fill('TranscribeDataAccess');
  await create.createButton.click();

  await expect(create.message('The name cannot contain "/".')).toBeVisible();
  await expect(create.message('"two words" has a space. Enter one word per row.')).toBeVisible();
  await expect(
    create.message(/^alias\/transcribe-output is an alias name\. Transcribe takes a full key ARN/),
  ).toBeVisible();
  await expect(create.message(/^This is not an ARN\. A role ARN looks like/)).toBeVisible();
  await expect(create.name).toBeFocused();

  // The file instead of the words: a location that is not an S3 URI.
  await create.radio('S3 location').check();
  await create.s3Uri('S3 location').fill('media-111122223333/words.txt');
  await create.createButton.click();
  await expect(
    create.message('The location must be an S3 URI that starts with s3://.'),
  ).toBeVisible();
  expect(pageRequests.count('CreateVocabularyFilter')).toBe(0);
});

test("a filter created while the job form's list is loaded is offered there at once: one list, one cache", async ({
  page,
  signIn,
  shell,
  resourcePages,
  createJobPage: form,
  pageRequests,
}) => {
  const { list, create, details } = resourcePages(VOCABULARY_FILTER);
  await signIn({ at: '/jobs/create' });
  await form.fillRequired('filter-just-made');
  await form.options.open('Content removal');
  await form.options.toggle('Vocabulary filtering').check();
  await form.options.select('Vocabulary filter').click();
  await expect(
    page.getByRole('option', { name: new RegExp(`^${SEEDED_VOCABULARY_FILTERS.profanity}`) }),
  ).toBeVisible();
  await expect(page.getByRole('option', { name: /^fresh-words/ })).toHaveCount(0);
  await page.keyboard.press('Escape');

  // In the app, without a reload: the filters' list page, create, then back to the job.
  await shell.sideNavigation.getByRole('link', { name: 'Vocabulary filtering' }).click();
  await list.createButton.click();
  await create.name.fill('fresh-words');
  await create.fillTerms('Word', ['darn']);
  await create.createButton.click();
  await expect(details.heading('fresh-words')).toBeVisible();
  await shell.sideNavigation.getByRole('link', { name: 'Transcription jobs' }).click();
  await page.getByRole('button', { name: 'Create job' }).click();
  await expect(form.heading).toBeVisible();

  await form.options.open('Content removal');
  await form.options.select('Vocabulary filter').click();
  await expect(page.getByRole('option', { name: /^fresh-words/ })).toBeVisible();
  await pageRequests.settled();
  // One list: loaded by the form, refreshed by the list page on its visit and after the
  // create; back on the form, that fresh list is used as it is.
  expect(pageRequests.count('ListVocabularyFilters')).toBe(3);
});

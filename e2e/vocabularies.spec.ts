import { getVocabulary } from './aws-admin';
import { VOCABULARY } from './pages/custom-resources';
import {
  DATA_ACCESS_ROLE_ARN,
  NOT_TRUSTED_ROLE_ARN,
  OWN_ALIAS_ARN,
  OWN_KEY_ARN,
  OWN_KEY_ID,
  SEEDED_VOCABULARIES,
  SHARED_KEY_ARN,
  customInputUri,
} from './seeded-world';
import { expect, test } from './test';

test('the side navigation has the three sections; the list shows each vocabulary and its state', async ({
  page,
  signIn,
  shell,
  resourcePages,
  a11y,
}) => {
  const { list } = resourcePages(VOCABULARY);
  await signIn({ at: '/jobs' });
  for (const label of ['Custom vocabulary', 'Vocabulary filtering', 'Custom language models'])
    await expect(shell.sideNavigation.getByRole('link', { name: label })).toBeVisible();
  await shell.sideNavigation.getByRole('link', { name: 'Custom vocabulary' }).click();
  await expect(page).toHaveURL(/\/vocabularies$/);
  await expect(list.row(SEEDED_VOCABULARIES.ready)).toContainText('Ready');
  await expect(list.row(SEEDED_VOCABULARIES.failed)).toContainText('Failed');
  await expect(list.row(SEEDED_VOCABULARIES.pending)).toContainText('Pending');
  await expect(list.row(SEEDED_VOCABULARIES.readySpanish)).toContainText('Spanish');
  await list.nameFilter.fill('terms');
  await expect(list.row(SEEDED_VOCABULARIES.readySpanish)).toHaveCount(0);
  await expect(list.row(SEEDED_VOCABULARIES.ready)).toBeVisible();
  await a11y.expectNoSeriousViolations();
});

test('a vocabulary of phrases encrypted with a key from the list: sent as the key ARN with its context and role, followed until Ready, its content shown', async ({
  page,
  signIn,
  resourcePages,
  pageRequests,
  localAws,
  a11y,
}) => {
  await localAws.resourceDelays({ vocabularyMs: 3000 });
  const { create, details } = resourcePages(VOCABULARY);
  await signIn({ at: '/vocabularies/create' });
  await expect(create.heading).toBeVisible();
  await create.name.fill('team-terms');
  await create.fillTerms('Phrase', ['Los-Angeles', "o'clock", 'A.W.S.']);
  await create.encryption.check();
  await create.kmsKey.chooseKey('transcribe-out', /alias\/transcribe-output/);
  await expect(create.kmsKey.canUse).toBeVisible();
  await expect(create.message(`Sent as the key ARN ${OWN_KEY_ARN}.`)).toBeVisible();
  await create.kmsKey.addContext(1, 'team', 'analytics');
  await create.roleArn.fill(DATA_ACCESS_ROLE_ARN);
  await expect(page.getByText('What the access check proves')).toBeVisible();
  await a11y.expectNoSeriousViolations();
  await create.createButton.click();

  await expect(details.heading('team-terms')).toBeVisible();
  await expect(page.getByText('Vocabulary team-terms created')).toBeVisible();
  expect(pageRequests.bodies('CreateVocabulary')).toEqual([
    {
      VocabularyName: 'team-terms',
      LanguageCode: 'en-US',
      Phrases: ['Los-Angeles', "o'clock", 'A.W.S.'],
      DataAccessRoleArn: DATA_ACCESS_ROLE_ARN,
      EncryptionConfiguration: { KMSKey: OWN_KEY_ARN, KMSEncryptionContext: { team: 'analytics' } },
    },
  ]);
  await expect(details.valueOf('State')).toHaveText('Pending');
  // The page follows the state by itself: no click between Pending and Ready.
  await expect(details.valueOf('State')).toHaveText('Ready');
  await expect(details.valueOf('KMS key')).toHaveText(OWN_KEY_ARN);
  await expect(details.valueOf('Encryption context')).toHaveText('team = analytics');
  await expect(details.valueOf('IAM role ARN')).toHaveText(DATA_ACCESS_ROLE_ARN);
  await expect(details.content.getByRole('cell', { name: 'Los-Angeles' })).toBeVisible();
  await expect(details.content.getByRole('cell', { name: 'A.W.S.' })).toBeVisible();
  await a11y.expectNoSeriousViolations();
});

test('an alias ARN typed is resolved to its key ARN, and the page says so', async ({
  signIn,
  resourcePages,
  pageRequests,
}) => {
  const { create, details } = resourcePages(VOCABULARY);
  await signIn({ at: '/vocabularies/create' });
  await create.name.fill('from-a-file');
  await create.radio('S3 location').check();
  await create.s3Uri('S3 location').fill(customInputUri('meetingTerms'));
  await create.encryption.check();
  await create.kmsKey.otherAccount.check();
  await create.kmsKey.keyArn.fill(OWN_ALIAS_ARN);
  await expect(create.message(`${OWN_ALIAS_ARN} resolves to the key ${OWN_KEY_ARN}`)).toBeVisible();
  await create.roleArn.fill(DATA_ACCESS_ROLE_ARN);
  await create.createButton.click();
  await expect(details.heading('from-a-file')).toBeVisible();
  expect(pageRequests.bodies('CreateVocabulary')[0]).toMatchObject({
    VocabularyFileUri: customInputUri('meetingTerms'),
    EncryptionConfiguration: { KMSKey: OWN_KEY_ARN },
  });
  await expect(details.valueOf('State')).toHaveText('Ready');
  expect((await getVocabulary('from-a-file')).EncryptionConfiguration?.KMSKey).toBe(OWN_KEY_ARN);
  await expect(details.content.getByRole('columnheader', { name: 'DisplayAs' })).toBeVisible();
});

test('bad input gets its own message on each field before any request', async ({
  signIn,
  resourcePages,
  pageRequests,
}) => {
  const { create } = resourcePages(VOCABULARY);
  await signIn({ at: '/vocabularies/create' });
  await create.name.fill('team terms');
  await create.fillTerms('Phrase', ['Los Angeles', 'R2D2']);
  await create.encryption.check();
  await create.kmsKey.otherAccount.check();
  await create.kmsKey.keyArn.fill(OWN_KEY_ID);
  await create.roleArn.fill('arn:aws:iam::111122223333:user/analyst');
  await create.kmsKey.addContext(1, 'équipe', 'analytics');
  await create.createButton.click();

  await expect(create.message('The name cannot contain spaces.')).toBeVisible();
  await expect(create.message(/"Los Angeles" has a space\. Join the words/)).toBeVisible();
  await expect(create.message(/"R2D2" has the digit "2"/)).toBeVisible();
  await expect(
    create.message(`${OWN_KEY_ID} is a key ID. Transcribe takes a full key ARN here`),
  ).toBeVisible();
  await expect(create.message(/This ARN names user \(user\/analyst\), not a role/)).toBeVisible();
  await expect(
    create.message(/The key can use only printable ASCII characters.*"é"/),
  ).toBeVisible();
  await expect(create.name).toBeFocused();
  expect(pageRequests.count('CreateVocabulary')).toBe(0);
});

test('a role the analyst may not pass is refused on the field; a name taken, on the name', async ({
  signIn,
  resourcePages,
}) => {
  const { create } = resourcePages(VOCABULARY);
  await signIn({ at: '/vocabularies/create' });
  await create.name.fill(SEEDED_VOCABULARIES.ready);
  await create.fillTerms('Phrase', ['Zeta']);
  await create.encryption.check();
  await create.kmsKey.chooseKey('transcribe-out', /alias\/transcribe-output/);
  await create.roleArn.fill(NOT_TRUSTED_ROLE_ARN);
  await create.createButton.click();
  await expect(
    create.message(/You may not pass this role to Transcribe \(iam:PassRole\)/),
  ).toBeVisible();
  await expect(create.roleArn).toBeFocused();

  await create.roleArn.fill(DATA_ACCESS_ROLE_ARN);
  await create.createButton.click();
  await expect(
    create.message(
      `A vocabulary named "${SEEDED_VOCABULARIES.ready}" already exists. Choose another name.`,
    ),
  ).toBeVisible();
});

test('a failed vocabulary shows its reason; delete asks first, then the list no longer has it', async ({
  page,
  signIn,
  resourcePages,
}) => {
  const { list, details } = resourcePages(VOCABULARY);
  await signIn({ at: `/vocabularies/${SEEDED_VOCABULARIES.failed}` });
  await expect(details.heading(SEEDED_VOCABULARIES.failed)).toBeVisible();
  await expect(details.valueOf('State')).toHaveText('Failed');
  await expect(details.failure).toBeVisible();
  await details.deleteButton.click();
  await expect(details.deleteDialog).toContainText(SEEDED_VOCABULARIES.failed);
  await details.deleteDialog.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page).toHaveURL(/\/vocabularies$/);
  await expect(page.getByText(`Vocabulary ${SEEDED_VOCABULARIES.failed} deleted`)).toBeVisible();
  await expect(list.row(SEEDED_VOCABULARIES.failed)).toHaveCount(0);

  await list.delete(SEEDED_VOCABULARIES.readySpanish);
  await expect(
    page.getByText(`Vocabulary ${SEEDED_VOCABULARIES.readySpanish} deleted`),
  ).toBeVisible();
  await expect(list.row(SEEDED_VOCABULARIES.readySpanish)).toHaveCount(0);
});

test("a key the role may not use: the vocabulary is created, then fails with Transcribe's reason on its page", async ({
  signIn,
  resourcePages,
}) => {
  const { create, details } = resourcePages(VOCABULARY);
  await signIn({ at: '/vocabularies/create' });
  await create.name.fill('shared-key-terms');
  await create.fillTerms('Phrase', ['Zeta']);
  await create.encryption.check();
  await create.kmsKey.otherAccount.check();
  // The other account's key policy lets this account encrypt (the analyst's check passes)
  // but not decrypt, which Transcribe needs as the role.
  await create.kmsKey.keyArn.fill(SHARED_KEY_ARN);
  await create.roleArn.fill(DATA_ACCESS_ROLE_ARN);
  // The analyst's own reading is no question for a vocabulary (Transcribe reads it as the
  // role): the check says the key can be used, not that a transcript cannot be read.
  await expect(create.kmsKey.canUse).toBeVisible();
  await expect(create.kmsKey.canWriteNotRead).toHaveCount(0);
  await expect(create.page.getByText(/transcript/)).toHaveCount(0);
  await create.createButton.click();
  await expect(details.heading('shared-key-terms')).toBeVisible();
  await expect(details.valueOf('State')).toHaveText('Failed');
  await expect(details.failure).toBeVisible();
  await expect(
    details.page.getByText(
      `The data access role ${DATA_ACCESS_ROLE_ARN} can't use the KMS key ${SHARED_KEY_ARN}.`,
    ),
  ).toBeVisible();
});

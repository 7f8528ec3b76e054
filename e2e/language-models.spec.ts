import { LANGUAGE_MODEL } from './pages/custom-resources';
import {
  DATA_ACCESS_ROLE_ARN,
  OWN_ALIAS_ARN,
  OWN_KEY_ARN,
  SEEDED_LANGUAGE_MODELS,
  customInputUri,
} from './seeded-world';
import { expect, test } from './test';

test('a language model trained from S3 with the role, encrypted by an alias ARN resolved to its key ARN, followed until Completed', async ({
  signIn,
  shell,
  resourcePages,
  pageRequests,
  localAws,
  a11y,
}) => {
  await localAws.resourceDelays({ languageModelMs: 3000 });
  const { list, create, details } = resourcePages(LANGUAGE_MODEL);
  await signIn({ at: '/jobs' });
  await shell.sideNavigation.getByRole('link', { name: 'Custom language models' }).click();
  await expect(list.row(SEEDED_LANGUAGE_MODELS.completed)).toContainText('Completed');
  await expect(list.row(SEEDED_LANGUAGE_MODELS.inProgress)).toContainText('In progress');
  await list.createButton.click();

  await expect(create.heading).toBeVisible();
  await create.name.fill('calls-model');
  await create.radio('NarrowBand').check();
  await create.createButton.click();
  await expect(create.message(/^Enter the S3 location of the training data/)).toBeVisible();
  await expect(create.message(/^Enter the ARN of the IAM role that Transcribe uses/)).toBeVisible();
  await create.s3Uri('Training data').fill(customInputUri('trainingData'));
  await create.roleArn.fill(DATA_ACCESS_ROLE_ARN);
  await create.encryption.check();
  await create.kmsKey.otherAccount.check();
  await create.kmsKey.keyArn.fill(OWN_ALIAS_ARN);
  await expect(create.message(`${OWN_ALIAS_ARN} resolves to the key ${OWN_KEY_ARN}`)).toBeVisible();
  await a11y.expectNoSeriousViolations();
  await create.createButton.click();

  await expect(details.heading('calls-model')).toBeVisible();
  expect(pageRequests.bodies('CreateLanguageModel')).toEqual([
    {
      ModelName: 'calls-model',
      LanguageCode: 'en-US',
      BaseModelName: 'NarrowBand',
      InputDataConfig: {
        S3Uri: customInputUri('trainingData'),
        DataAccessRoleArn: DATA_ACCESS_ROLE_ARN,
      },
      EncryptionConfiguration: { KMSKey: OWN_KEY_ARN },
    },
  ]);
  await expect(details.valueOf('State')).toHaveText('In progress');
  await expect(details.valueOf('State')).toHaveText('Completed');
  await expect(details.valueOf('KMS key')).toHaveText(OWN_KEY_ARN);
  await expect(details.valueOf('IAM role ARN')).toHaveText(DATA_ACCESS_ROLE_ARN);
  await expect(details.valueOf('Base model')).toHaveText('NarrowBand');
  await a11y.expectNoSeriousViolations();
});

test('a failed model shows its reason; delete from its page asks first', async ({
  page,
  signIn,
  resourcePages,
}) => {
  const { list, details } = resourcePages(LANGUAGE_MODEL);
  await signIn({ at: `/language-models/${SEEDED_LANGUAGE_MODELS.failed}` });
  await expect(details.heading(SEEDED_LANGUAGE_MODELS.failed)).toBeVisible();
  await expect(details.valueOf('State')).toHaveText('Failed');
  await expect(details.failure).toBeVisible();
  await details.deleteButton.click();
  await details.deleteDialog.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(
    page.getByText(`Language model ${SEEDED_LANGUAGE_MODELS.failed} deleted`),
  ).toBeVisible();
  await expect(list.row(SEEDED_LANGUAGE_MODELS.failed)).toHaveCount(0);
  await expect(list.row(SEEDED_LANGUAGE_MODELS.completed)).toBeVisible();
});

import { jobEnded, startJob } from './aws-admin';
import {
  LANGUAGE_MODEL,
  type ResourceKind,
  VOCABULARY,
  VOCABULARY_FILTER,
} from './pages/custom-resources';
import type { HelpPanel } from './pages/help-panel';
import { OWN_KEY_ID, TRANSCRIPTS_BUCKET } from './seeded-world';
import { expect, test } from './test';

/** [the Info link's subject, the topic's heading] */
type Topic = [about: string, header: string];
const same = (about: string): Topic => [about, about];

/**
 * Opens each topic from its Info link: the panel shows it with focus on its heading and AWS
 * documentation links that open in a new tab; closing it gives focus back to the Info link.
 */
async function walkInfoLinks(helpPanel: HelpPanel, topics: Topic[]): Promise<void> {
  for (const [about, header] of topics) {
    await test.step(about, async () => {
      await helpPanel.openFrom(about, header);
      await expect(helpPanel.heading).toBeFocused();
      await helpPanel.expectLearnMoreToAwsDocs();
      await helpPanel.closeButton.click();
      await expect(helpPanel.panel).toBeHidden();
      await expect(helpPanel.infoLink(about)).toBeFocused();
    });
  }
}

test('every Info link of the create-job form opens its topic, with AWS documentation links', async ({
  signIn,
  createJobPage: form,
  helpPanel,
}) => {
  await signIn();
  await form.goto();
  await form.encryption.check();
  await walkInfoLinks(helpPanel, [
    same('Name'),
    same('Language settings'),
    same('Model type'),
    same('Input file location on S3'),
    same('Output location type'),
    same('Encryption'),
    same('KMS key'),
    same('KMS key ID'),
    same('Encryption context'),
    same('Audio settings'),
    same('Content removal'),
    same('Customization'),
    same('Subtitles'),
    same('Tags'),
  ]);
  await form.kmsKey.otherAccount.check();
  await walkInfoLinks(helpPanel, [same('KMS key ARN')]);
});

test('the KMS topics say what key management rests on', async ({
  signIn,
  createJobPage: form,
  helpPanel,
}) => {
  await signIn();
  await form.goto();
  await form.encryption.check();

  await helpPanel.openFrom('Encryption', 'Encryption');
  await expect(helpPanel.panel).toContainText('default Amazon S3 key (SSE-S3)');
  await expect(helpPanel.panel).toContainText('Only symmetric encryption keys');

  await helpPanel.openFrom('KMS key', 'KMS key');
  for (const text of [
    'Key from current account',
    'type the key ARN or the alias ARN',
    'key ID: ',
    'key ARN: ',
    'alias name: ',
    'alias ARN: ',
    'You need kms:Encrypt on the key',
    'kms:Decrypt on the key',
  ])
    await expect(helpPanel.panel).toContainText(text);

  await helpPanel.openFrom('Encryption context', 'Encryption context');
  await expect(helpPanel.panel).toContainText('The pairs are not secret');
  await expect(helpPanel.panel).toContainText('CloudTrail logs them');
  await expect(helpPanel.panel).toContainText('symmetric encryption keys only');
});

test('the help panel works by keyboard and passes axe', async ({
  page,
  signIn,
  createJobPage: form,
  helpPanel,
  a11y,
}) => {
  await signIn();
  await form.goto();
  await form.encryption.check();
  const info = helpPanel.infoLink('KMS key');
  await info.focus();
  await page.keyboard.press('Enter');
  await expect(helpPanel.heading).toHaveText('KMS key');
  await expect(helpPanel.heading).toBeFocused();
  await a11y.expectNoSeriousViolations();

  // From the heading, Tab reaches the "Learn more" links; back up to the close button.
  await page.keyboard.press('Tab');
  await expect(helpPanel.learnMoreLinks.first()).toBeFocused();
  await helpPanel.closeButton.focus();
  await page.keyboard.press('Enter');
  await expect(helpPanel.panel).toBeHidden();
  await expect(info).toBeFocused();

  // Reopened from its toggle on the same page, the panel shows the topic last read there.
  await helpPanel.openButton.click();
  await expect(helpPanel.heading).toHaveText('KMS key');
  await expect(helpPanel.closeButton).toBeFocused();
  await a11y.expectNoSeriousViolations();
});

test('each page opens the panel at its own topic', async ({
  page,
  signIn,
  shell,
  jobsPage,
  createJobPage: form,
  helpPanel,
}) => {
  await signIn();
  await form.goto();
  await form.encryption.check();
  await helpPanel.openFrom('Encryption context', 'Encryption context');

  // The panel stays open from page to page, each time at the new page's start.
  await shell.openTranscriptionJobs();
  await expect(jobsPage.heading).toBeVisible();
  await expect(helpPanel.heading).toHaveText('Transcription jobs');

  await jobsPage.createButton.click();
  await expect(form.heading).toBeVisible();
  await expect(helpPanel.heading).toHaveText('Create transcription job');

  // After a reload, nothing is remembered: the panel is closed.
  await page.reload();
  await expect(form.heading).toBeVisible();
  await expect(helpPanel.panel).toBeHidden();
  await helpPanel.openButton.click();
  await expect(helpPanel.heading).toHaveText('Create transcription job');
});

test('the jobs list and job details explain what output encryption proves', async ({
  signIn,
  jobsPage,
  jobDetailsPage: details,
  helpPanel,
  a11y,
}) => {
  await startJob('help-own-key', {
    OutputBucketName: TRANSCRIPTS_BUCKET,
    OutputKey: 'help/',
    OutputEncryptionKMSKeyId: OWN_KEY_ID,
  });
  await jobEnded('help-own-key');

  await signIn();
  await expect(jobsPage.heading).toBeVisible();
  await walkInfoLinks(helpPanel, [same('Transcription jobs')]);
  await helpPanel.openFrom('Transcription jobs', 'Transcription jobs');
  await expect(helpPanel.panel).toContainText(
    'neither ListTranscriptionJobs nor GetTranscriptionJob',
  );
  await expect(helpPanel.panel).toContainText('HeadObject');

  await details.goto('help-own-key');
  await expect(details.heading('help-own-key')).toBeVisible();
  await walkInfoLinks(helpPanel, [
    same('Job details'),
    same('Output encryption'),
    same('Output files'),
  ]);
  await helpPanel.openFrom('Output encryption', 'Output encryption');
  await expect(helpPanel.panel).toContainText('SSE-KMS');
  await expect(helpPanel.panel).toContainText('never return the KMS key');
  await a11y.expectNoSeriousViolations();
});

const resourceTopics: [ResourceKind, Topic[]][] = [
  [VOCABULARY, [same('Name'), same('Language'), same('Vocabulary input source'), same('Tags')]],
  [VOCABULARY_FILTER, [same('Name'), same('Language'), same('Word list source'), same('Tags')]],
  [
    LANGUAGE_MODEL,
    [
      same('Name'),
      same('Language'),
      same('Base model'),
      same('Training data'),
      ['Tuning data', 'Training data'],
      same('IAM role ARN'),
      same('Tags'),
    ],
  ],
];

for (const [kind, topics] of resourceTopics) {
  test(`every Info link of "Create ${kind.noun}" opens its topic`, async ({
    signIn,
    resourcePages,
    helpPanel,
  }) => {
    const create = resourcePages(kind).create;
    await signIn();
    await create.goto();
    await walkInfoLinks(helpPanel, topics);
    await create.encryption.check();
    await walkInfoLinks(helpPanel, [
      same('Encryption'),
      same('KMS key'),
      same('KMS key ID'),
      same('Encryption context'),
      same('IAM role ARN'),
    ]);
    await helpPanel.openFrom('KMS key', 'KMS key');
    await expect(helpPanel.panel).toContainText('Transcribe takes the full key ARN only');
    await helpPanel.openFrom('Encryption', 'Encryption');
    await expect(helpPanel.panel).toContainText('a key that AWS owns');
    await create.kmsKey.otherAccount.check();
    await walkInfoLinks(helpPanel, [same('KMS key ARN')]);
  });
}

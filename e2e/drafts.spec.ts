import type { Page } from '@playwright/test';
import { revokeSessions } from './aws-admin';
import type { LocalAwsControl } from './fixtures/local-aws';
import { lookAt } from './look-at';
import type { CreateJobPage } from './pages/create-job';
import type { SignInPage } from './pages/sign-in';
import type { Shell } from './pages/shell';
import { ANALYST, MEDIA_URI, NEW_ANALYST } from './seeded-world';
import { expect, test } from './test';

/** Signs in as new-analyst (seeded with a temporary password), setting a new one on the way. */
async function signInAsNewAnalyst(signInPage: SignInPage, shell: Shell, returnTo: string) {
  await signInPage.reachNewPasswordStep(NEW_ANALYST, { returnTo });
  await signInPage.setNewPassword('New-Analyst-Passw0rd!');
  await expect(shell.userMenu(NEW_ANALYST.username)).toBeVisible();
}

/**
 * Ends analyst's session on the server (refresh tokens revoked, credentials past their expiry
 * as the server sees it), then lets the page find out: "Create job" is refused and the page
 * goes to sign in, keeping the draft.
 */
async function endSessionMidWork(page: Page, form: CreateJobPage, localAws: LocalAwsControl) {
  await revokeSessions(ANALYST.username);
  await localAws.moveClock(3_700_000);
  await form.create();
  await expect(page).toHaveURL(/\/signin\?returnTo=%2Fjobs%2Fcreate$/);
  await localAws.moveClock(0);
}

async function typeDraft(form: CreateJobPage, name: string) {
  await expect(form.heading).toBeVisible();
  await form.fillRequired(name);
  await expect.poll(() => form.draftsInTab()).toHaveLength(1);
}

test('Sign out clears the draft: the next user of the tab starts from an empty form', async ({
  signIn,
  signInPage,
  shell,
  createJobPage: form,
}) => {
  await signIn({ at: '/jobs/create' });
  await typeDraft(form, 'analysts-half-filled-job');
  await shell.signOut();

  await signInAsNewAnalyst(signInPage, shell, '/jobs/create');
  await expect(form.heading).toBeVisible();
  await expect(form.name).toHaveValue('');
  await expect(form.media).toHaveValue('');
  await expect(form.restoredNotice).toHaveCount(0);
  // Not only hidden: analyst's draft left the tab at sign-out.
  expect(await form.draftsInTab()).toEqual([]);
});

test("a session that ended keeps its draft for its own user only, not the tab's next user", async ({
  page,
  signIn,
  signInPage,
  shell,
  createJobPage: form,
  localAws,
}) => {
  await signIn({ at: '/jobs/create' });
  await typeDraft(form, 'left-when-the-session-ended');
  await endSessionMidWork(page, form, localAws);

  await signInAsNewAnalyst(signInPage, shell, '/jobs/create');
  await expect(form.heading).toBeVisible();
  await expect(form.name).toHaveValue('');
  await expect(form.media).toHaveValue('');
  await expect(form.restoredNotice).toHaveCount(0);
  // new-analyst's own typing is theirs, and analyst's draft is still analyst's.
  await form.name.fill('new-analysts-job');
  await expect.poll(() => form.draftsInTab()).toHaveLength(2);
});

test('a restored draft says so, and "Clear form" starts from an empty form', async ({
  page,
  signIn,
  createJobPage: form,
  a11y,
}) => {
  await signIn({ at: '/jobs/create' });
  await expect(form.heading).toBeVisible();
  await expect(form.restoredNotice).toHaveCount(0);
  await typeDraft(form, 'restored-job');

  await page.reload();
  await expect(form.restoredNotice).toBeVisible();
  await expect(form.name).toHaveValue('restored-job');
  await expect(form.media).toHaveValue(MEDIA_URI);
  await lookAt(page, 'create-job-restored-draft');
  await a11y.expectNoSeriousViolations();

  await form.clearFormButton.click();
  await expect(form.restoredNotice).toHaveCount(0);
  await expect(form.name).toHaveValue('');
  await expect(form.media).toHaveValue('');
  await expect(form.name).toBeFocused();
  expect(await form.draftsInTab()).toEqual([]);

  await page.reload();
  await expect(form.heading).toBeVisible();
  await expect(form.name).toHaveValue('');
  await expect(form.restoredNotice).toHaveCount(0);
});

test('dismissing the notice keeps the restored draft', async ({
  page,
  signIn,
  createJobPage: form,
}) => {
  await signIn({ at: '/jobs/create' });
  await typeDraft(form, 'kept-draft');
  await page.reload();
  await expect(form.restoredNotice).toBeVisible();
  await form.dismissRestoredNotice.click();
  await expect(form.restoredNotice).toHaveCount(0);
  await expect(form.name).toHaveValue('kept-draft');
  expect(await form.draftsInTab()).toHaveLength(1);
});

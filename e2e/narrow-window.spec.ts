import { jobEnded, startJob } from './aws-admin';
import { lookAt } from './look-at';
import { REGION } from './seeded-world';
import { expect, test } from './test';

/* An 800 px window and the keyboard (issue 19, item 9): nothing cut, no dead controls. */

test.use({ viewport: { width: 800, height: 900 } });

test('at 800 px the navigation starts closed and the jobs table fits the window', async ({
  page,
  signIn,
  shell,
  jobsPage,
}) => {
  await startJob('narrow-window-job');
  await jobEnded('narrow-window-job');
  await signIn({ at: '/jobs' });
  await expect(jobsPage.row('narrow-window-job')).toBeVisible();
  await expect(shell.sideNavigation.getByRole('link', { name: 'Transcription jobs' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Open side navigation' })).toBeVisible();
  const table = await jobsPage.table.boundingBox();
  expect(table!.x + table!.width).toBeLessThanOrEqual(800);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(800);
  await lookAt(page, 'jobs-800px');
});

test('the S3 fields: no dead "View" button, Browse S3 beside the URI, one example', async ({
  page,
  signIn,
  createJobPage: form,
}) => {
  await signIn({ at: '/jobs/create' });
  await expect(page.getByRole('button', { name: /^View/ })).toHaveCount(0);
  const input = await form.media.boundingBox();
  const browse = await page.getByRole('button', { name: 'Browse S3' }).first().boundingBox();
  // On one line: the button's middle within the input's height.
  const middle = browse!.y + browse!.height / 2;
  expect(middle).toBeGreaterThan(input!.y);
  expect(middle).toBeLessThan(input!.y + input!.height);
  await expect(form.media).toHaveAttribute('placeholder', 's3://bucket/prefix/file.wav');
  await expect(page.getByText('Format: s3://bucket/prefix/file.wav')).toBeVisible();
  await lookAt(page, 'create-job-800px');
});

test.describe('in a wide window', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('the Region control says why there is nothing to choose', async ({
    page,
    signIn,
    shell,
  }) => {
    await signIn({ at: '/jobs' });
    await shell.region.click();
    await expect(
      page.getByRole('menuitem', { name: new RegExp(`^This console works in ${REGION}`) }),
    ).toBeVisible();
  });
});

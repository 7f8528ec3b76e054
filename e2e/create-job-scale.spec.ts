import { startLocalAws } from '../local-aws/server';
import { e2eConfig } from './local-aws-url';
import { expect, test } from './test';

/**
 * The key list at scale: 10,000 customer managed keys, each with an alias, in a local-aws of
 * this test's own. It counts round trips; how quickly a keystroke filters 10,000 options is
 * measured by `npm run bench`, not here.
 */
test('10,000 keys: options shown after the first pages, the whole list in the fewest pages, a key found by filter', async ({
  page,
  signIn,
  createJobPage: form,
}) => {
  test.setTimeout(180_000);
  const server = await startLocalAws({
    port: 0,
    ephemeral: true,
    seed: { generatedKeys: 10_000 },
  });
  try {
    await page.route('**/config.json', (route) => route.fulfill({ json: e2eConfig(server.url) }));
    await signIn({ at: '/jobs/create' });

    // Every later page of ListKeys and ListAliases (one with a Marker) waits at the browser
    // until the test has seen the first options.
    let releaseLaterPages = () => {};
    const laterPagesReleased = new Promise<void>((resolve) => (releaseLaterPages = resolve));
    await page.route(`${server.url}/**`, async (route) => {
      const request = route.request();
      const target = request.headers()['x-amz-target'] ?? '';
      if (/\.List(Keys|Aliases)$/.test(target) && request.postData()?.includes('"Marker"'))
        await laterPagesReleased;
      await route.continue();
    });
    server.requestLog.length = 0;
    const kms = () => server.requestLog.filter((r) => r.service === 'kms');
    const count = (operation: string) => kms().filter((r) => r.operation === operation).length;

    await form.encryption.check();
    await form.kmsKey.keySelect.click();
    await expect(form.kmsKey.keyOptions.first()).toBeVisible();
    // In the dialog: Cloudscape's live region repeats the text for screen readers a moment later.
    await expect(
      page
        .getByRole('dialog', { name: 'Choose a KMS key' })
        .getByText(/^Loading keys \(\d+ so far\)$/),
    ).toBeVisible();
    // Shown when one page of each list had been answered, the two first pages asked together.
    expect(kms().map((r) => r.operation)).toEqual(
      expect.arrayContaining(['ListKeys', 'ListAliases']),
    );
    expect(kms()).toHaveLength(2);

    releaseLaterPages();
    await expect(page.getByText(/^\d+ keys$/)).toHaveText('10007 keys', { timeout: 60_000 });
    // 10,008 keys and aliases (the seed's own plus 10,000): ListKeys pages of 1000, ListAliases
    // of 100.
    expect(count('ListKeys')).toBe(11);
    expect(count('ListAliases')).toBe(101);
    expect(count('DescribeKey')).toBe(0);

    await form.kmsKey.keyFilter.fill('generated-0999');
    await expect(page.getByText('10 of 10007 keys match').first()).toBeVisible();
    await page.keyboard.press('Escape');
    await form.kmsKey.chooseKey('generated-0999', /alias\/generated-09990/);
    await expect(form.kmsKey.canUse).toBeVisible();

    // Switching the key source away and back shows the same list without asking again.
    const listCalls = () => count('ListKeys') + count('ListAliases');
    const before = listCalls();
    await form.kmsKey.otherAccount.check();
    await form.kmsKey.currentAccount.check();
    await expect(form.kmsKey.keySelect).toContainText('alias/generated-09990');
    expect(listCalls()).toBe(before);
  } finally {
    await server.close();
  }
});

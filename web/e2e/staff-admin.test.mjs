// Staff administration through the real sign-in page, against the host at HUIYIN_BASE_URL.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { browserForFile, onFreshPage } from './support/browser.mjs';
import { choose, signIn } from './support/ui.mjs';

const shared = browserForFile();

test('an administrator creates a technician and deactivates them', { timeout: 30_000 }, () =>
  onFreshPage(shared.browser, 'create-and-deactivate', async (page) => {
    const username = `e2e-${Date.now()}`;
    const displayName = `测试维修工${username.slice(-4)}`;

    await page.goto('/admin/staff');
    await page.waitForURL('**/login');
    await signIn(page, 'admin');
    await page.getByRole('heading', { name: '员工管理' }).waitFor();
    assert.match(page.url(), /\/admin\/staff$/);
    await assertSessionOutOfScriptsReach(page);

    await page.reload();
    await page.getByRole('heading', { name: '员工管理' }).waitFor();
    assert.match(page.url(), /\/admin\/staff$/, 'a reload renews the session through the cookie');

    await page.getByRole('button', { name: '新增员工' }).click();
    const form = page.getByRole('dialog');
    await form.getByLabel('用户名').fill(username);
    await form.getByLabel('姓名').fill(displayName);
    await form.getByLabel('初始密码').fill('Repair-2026');
    await choose(page, form, '角色', '维修工');
    await choose(page, form, '维修技能', '给排水');
    await form.getByRole('button', { name: '创建' }).click();
    await page.getByText(`已创建员工 ${displayName}`).waitFor();

    await page.getByRole('searchbox').fill(username);
    await page.getByRole('searchbox').press('Enter');
    const row = page.getByRole('row').filter({ hasText: username });
    await row.waitFor();
    for (const text of [displayName, '维修工', '给排水', '在职']) {
      assert.ok((await row.textContent()).includes(text), `the new row shows ${text}`);
    }

    await row.getByRole('button', { name: '停用' }).click();
    await page.getByRole('tooltip').getByRole('button', { name: '确定' }).click();
    await row.getByText('已停用').waitFor();
    await row.getByRole('button', { name: '启用' }).waitFor();
  }),
);

test('a wrong password is refused with an explanation', { timeout: 30_000 }, () =>
  onFreshPage(shared.browser, 'wrong-password', async (page) => {
    await page.goto('/login');
    await signIn(page, 'admin', 'not-the-password-1');

    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.textContent(), /用户名或密码错误/);
    assert.match(page.url(), /\/login$/);
  }),
);

/** The refresh token is an HttpOnly, Secure, SameSite=Strict cookie for the refresh route; localStorage holds no token. */
async function assertSessionOutOfScriptsReach(page) {
  const cookie = (await page.context().cookies()).find((c) => c.name === '__Secure-huiyin-refresh');
  assert.ok(cookie, 'the refresh token is a cookie');
  assert.deepEqual(
    { httpOnly: cookie.httpOnly, secure: cookie.secure, sameSite: cookie.sameSite, path: cookie.path },
    { httpOnly: true, secure: true, sameSite: 'Strict', path: '/api/v1/auth/refresh' },
  );
  const stored = await page.evaluate(() => Object.values(localStorage).join('\n'));
  assert.doesNotMatch(stored, /eyJ/, 'no access token (a JWT) in localStorage');
  assert.ok(!stored.includes(cookie.value), 'no refresh token in localStorage');
  assert.equal(await page.evaluate(() => document.cookie.includes('huiyin-refresh')), false, 'scripts cannot read the cookie');
}

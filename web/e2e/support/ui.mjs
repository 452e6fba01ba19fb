// Steps the end-to-end tests share: signing in and picking from antd's selects.

/** The password every demo user has. */
export const demoPassword = 'Huiyin-demo-2026';

/** Signs in on the sign-in page the browser is on. */
export async function signIn(page, username, secret = demoPassword) {
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(secret);
  await page.getByRole('button', { name: '登录' }).click();
}

/** Picks an option of the antd select labelled `label`, then closes its list. */
export async function choose(page, scope, label, option) {
  await scope.getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click();
  await page.keyboard.press('Escape');
}

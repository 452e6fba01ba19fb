// Steps the end-to-end tests share: signing in and picking from antd's selects.

/** The password every demo user has. */
export const demoPassword = 'Huiyin-demo-2026';

/** Signs in on the sign-in page the browser is on. */
export async function signIn(page, username, secret = demoPassword) {
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(secret);
  await page.getByRole('button', { name: '登录' }).click();
}

/** The open list of an antd select, once its opening animation is over (a click during it can be lost). */
export const openDropdown = '.ant-select-dropdown:visible:not([class*="-appear"])';

/**
 * Picks an option of the antd select labelled `label`, then closes its list. A searchable select (`search`) is typed into
 * first, since a long list renders only the options in view.
 */
export async function choose(page, scope, label, option, { search = false } = {}) {
  await scope.getByLabel(label, { exact: true }).click();
  if (search) await page.keyboard.type(option);
  await page.locator(openDropdown).getByTitle(option, { exact: true }).click();
  await page.keyboard.press('Escape');
}

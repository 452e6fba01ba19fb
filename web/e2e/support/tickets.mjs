// Steps the ticket end-to-end tests share: calling the API directly and taking in a repair.
import assert from 'node:assert/strict';
import { baseUrl } from './browser.mjs';
import { choose, demoPassword, signIn } from './ui.mjs';

/** POSTs (or PUTs) `body` to the API, as the bearer of `token` when given, and answers the JSON reply. */
export async function call(path, body, token, method = 'POST') {
  const response = await fetch(new URL(path, baseUrl()), {
    method,
    headers: { 'Content-Type': 'application/json', ...(token && { Authorization: `Bearer ${token}` }) },
    body: JSON.stringify(body),
  });
  assert.ok(response.ok, `${path} answered ${response.status}: ${await response.clone().text()}`);
  return response.json();
}

/** Registers an owner with this phone through the API, as the demo agent. */
export async function registerOwner(name, phone) {
  const { accessToken } = await call('/api/v1/auth/login', { username: 'agent', password: demoPassword });
  await call('/api/v1/customers', { type: 'Owner', name, phones: [phone] }, accessToken);
}

/** Opens the intake page as the agent (the demo one unless told) and picks the caller by their phone. */
export async function answerCall(page, phone, agent = 'agent') {
  await page.goto('/tickets/new');
  await page.waitForURL('**/login');
  await signIn(page, agent);
  await page.getByRole('heading', { name: '受理登记' }).waitFor();

  await page.getByLabel('来电号码').fill(phone);
  await page.getByLabel('来电号码').press('Enter');
  await page.getByText('已选择').waitFor();
}

/**
 * On the intake page with the caller chosen: takes in a repair (plumbing unless told) and waits for its page.
 * Answers the ticket's heading, number and id.
 */
export async function takeInRepair(page, description, category = '给排水') {
  await page.getByText('报修', { exact: true }).click();
  await choose(page, page, '类别', category, { search: true });
  await page.getByLabel('事项描述').fill(description);
  await page.getByLabel('将适用的时限').getByText('首次联系截止').waitFor();
  await page.getByRole('button', { name: '保存工单' }).click();

  await page.waitForURL(/\/tickets\/[0-9a-f-]{36}$/);
  const heading = page.getByRole('heading', { name: /T-\d{8}-\d{4}/ });
  await heading.waitFor();
  const number = /T-\d{8}-\d{4}/.exec(await heading.textContent())[0];
  return { heading, number, id: new URL(page.url()).pathname.split('/').at(-1) };
}

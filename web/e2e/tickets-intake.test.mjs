// Ticket intake through the real pages, against the host at HUIYIN_BASE_URL (demo accounts; the
// customer is registered here, so the test does not depend on demo customers).
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { baseUrl, browserForFile, onFreshPage } from './support/browser.mjs';
import { choose, demoPassword, signIn } from './support/ui.mjs';

const shared = browserForFile();
const stamp = String(Date.now()).slice(-8);
const phone = `137${stamp}`;
const name = `报修业主${stamp.slice(-4)}`;

async function call(path, body, token) {
  const response = await fetch(new URL(path, baseUrl()), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token && { Authorization: `Bearer ${token}` }) },
    body: JSON.stringify(body),
  });
  assert.ok(response.ok, `${path} answered ${response.status}: ${await response.clone().text()}`);
  return response.json();
}

before(async () => {
  const { accessToken } = await call('/api/v1/auth/login', { username: 'agent', password: demoPassword });
  await call('/api/v1/customers', { type: 'Owner', name, phones: [phone] }, accessToken);
});

test('an agent finds the caller by phone, takes in a repair and logs the first contact', { timeout: 90_000 }, () =>
  onFreshPage(shared.browser, 'ticket-intake', async (page) => {
    await page.goto('/tickets/new');
    await page.waitForURL('**/login');
    await signIn(page, 'agent');
    await page.getByRole('heading', { name: '受理登记' }).waitFor();

    await page.getByLabel('来电号码').fill(phone);
    await page.getByLabel('来电号码').press('Enter');
    await page.getByText('已选择').waitFor();
    await page.getByText('无未办结工单').waitFor();

    await page.getByText('报修', { exact: true }).click();
    await choose(page, page, '类别', '给排水');
    await page.getByLabel('事项描述').fill('厨房水管接头漏水，需上门维修');
    await page.getByLabel('将适用的时限').getByText('首次联系截止').waitFor();
    await page.getByRole('button', { name: '保存工单' }).click();

    await page.waitForURL(/\/tickets\/[0-9a-f-]{36}$/);
    const heading = page.getByRole('heading', { name: /T-\d{8}-\d{4}/ });
    await heading.waitFor();
    const number = /T-\d{8}-\d{4}/.exec(await heading.textContent())[0];
    await page.getByText(`已受理 ${number}`).waitFor();
    await heading.getByText('新建').waitFor();

    await page.getByLabel('业主回复的具体内容').fill('业主在家，约定今天下午三点上门');
    await page.getByRole('button', { name: '保存联系记录' }).click();

    await heading.getByText('已联系').waitFor();
    await page.getByText('联系记录 · 新建 → 已联系').waitFor();
    const row = page.getByRole('row').filter({ hasText: '约定今天下午三点上门' });
    assert.ok((await row.textContent()).includes('已联系上'), 'the contact log shows the outcome');
  }),
);

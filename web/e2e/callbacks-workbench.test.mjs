// 今日回访 through the real pages against the host at HUIYIN_BASE_URL (demo accounts): the agent resolves two
// repairs through the API, the callbacks they book for the next working day appear on the agent's workbench, and
// the agent records the calls from the keyboard: one customer satisfied (the ticket closes), one not (it reopens).
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { baseUrl, browserForFile, onFreshPage } from './support/browser.mjs';
import { call } from './support/tickets.mjs';
import { demoPassword, signIn } from './support/ui.mjs';

const shared = browserForFile();
const stamp = String(Date.now()).slice(-8);
const satisfied = { name: `回访业主${stamp.slice(-4)}甲`, phone: `137${stamp}` };
const dissatisfied = { name: `回访业主${stamp.slice(-4)}乙`, phone: `138${stamp}` };

async function get(path, token) {
  const response = await fetch(new URL(path, baseUrl()), { headers: { Authorization: `Bearer ${token}` } });
  assert.ok(response.ok, `${path} answered ${response.status}: ${await response.clone().text()}`);
  return response.json();
}

/** A repair taken in by the demo agent for a new owner, contacted and resolved through the API. */
async function resolvedRepair(owner, token) {
  const customer = await call('/api/v1/customers', { type: 'Owner', name: owner.name, phones: [owner.phone] }, token);
  const ticket = await call('/api/v1/tickets', { kind: 'Repair', channel: 'Phone', customerId: customer.id, category: 'Plumbing', description: '厨房水槽下水管漏水' }, token);
  await call(`/api/v1/tickets/${ticket.id}/contacts`, { method: 'Phone', outcome: 'Reached', note: '约好上门' }, token);
  await call(`/api/v1/tickets/${ticket.id}/resolve`, { summary: '更换了下水管' }, token);
  return ticket;
}

/** Waits until the ticket's resolution has booked its callback (the host delivers events every second). */
async function bookedCallback(ticketId, token) {
  for (let attempt = 0; attempt < 150; attempt++) {
    const [callback] = (await get(`/api/v1/callbacks?itemId=${ticketId}`, token)).items;
    if (callback) return callback;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  assert.fail(`no callback was booked for ticket ${ticketId}`);
}

/** Picks the callback of a ticket on the workbench, then records the call from the keyboard. */
async function callBack(page, ticket, satisfaction, comment) {
  const row = page.getByRole('row').filter({ hasText: ticket.number });
  await row.getByRole('button').click();
  await page.getByText(`${ticket.number}：更换了下水管`).waitFor();
  await page.getByRole('radio', { name: '已联系上' }).focus();
  await page.keyboard.press(String(satisfaction));
  await page.getByRole('radio', { name: new RegExp(`^${satisfaction} `), checked: true }).waitFor({ state: 'attached' });
  if (comment) await page.getByLabel('业主意见').fill(comment);
  const recorded = page.waitForResponse((response) => response.request().method() === 'POST' && response.url().endsWith('/attempts'));
  await page.getByLabel('业主意见').press('Control+Enter');
  const response = await recorded;
  assert.equal(response.status(), 201, await response.text());
  await page.getByText('通话已登记').first().waitFor();
}

const tickets = [];

before(async () => {
  const { accessToken } = await call('/api/v1/auth/login', { username: 'agent', password: demoPassword });
  for (const owner of [satisfied, dissatisfied]) {
    const ticket = await resolvedRepair(owner, accessToken);
    const callback = await bookedCallback(ticket.id, accessToken);
    assert.equal(callback.status, 'Due');
    tickets.push(ticket);
  }
});

test('the agent calls back one satisfied and one dissatisfied customer: the first ticket closes, the second reopens', { timeout: 120_000 }, () =>
  onFreshPage(shared.browser, 'callbacks-workbench', async (page) => {
    const [closes, reopens] = tickets;
    await page.goto('/callbacks');
    await page.waitForURL('**/login');
    await signIn(page, 'agent');
    await page.getByRole('heading', { name: '今日回访' }).waitFor();
    await page.getByRole('tab', { name: '待回访' }).click();
    await page.getByRole('row').filter({ hasText: closes.number }).waitFor();
    await page.getByRole('row').filter({ hasText: reopens.number }).getByText('尚未联系').waitFor();

    await callBack(page, closes, 5);
    await callBack(page, reopens, 1, '下水管仍在漏水');
    await page.getByRole('row').filter({ hasText: closes.number }).waitFor({ state: 'detached' });

    await page.goto(`/tickets/${closes.id}`);
    await page.getByRole('heading', { name: closes.number }).getByText('已关闭').waitFor();
    await page.getByText('满意度 5 分').first().waitFor();
    await page.goto(`/tickets/${reopens.id}`);
    await page.getByRole('heading', { name: reopens.number }).getByText('已重开').waitFor();
    await page.getByText('下水管仍在漏水', { exact: true }).waitFor(); // the customer's words on the callback card
    await page.getByText('回访不满意（满意度 1）：下水管仍在漏水').waitFor(); // the reopening in the timeline
    await page.getByText(`工单重开 ${reopens.number}`).waitFor();
  }),
);

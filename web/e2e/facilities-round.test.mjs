// An inspection round on the phone, through the real pages against the host at HUIYIN_BASE_URL (demo accounts):
// a checklist and a vacant unit of their own, the daily job plans the unit's round, the technician walks it on a
// 390×844 screen and fails an item with a photo, and the agent finds the repair ticket it opened, linked to the round.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { browserForFile, onFreshPage } from './support/browser.mjs';
import { read, roundPlanned, runRoundsJob, tokenOf, vacantUnit } from './support/facilities.mjs';
import { call } from './support/tickets.mjs';
import { signIn } from './support/ui.mjs';

const shared = browserForFile();
const stamp = String(Date.now()).slice(-8);
const checklist = `空置房验收${stamp}`;
const place = { unitId: '' };
const round = { id: '', ticketId: '', ticketNumber: '' };
// A 1×1 PNG: what the phone's camera sends stands in for a photo of the leak.
const photo = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

before(async () => {
  const manager = await tokenOf('manager');
  place.unitId = (await vacantUnit(`巡检小区${stamp}`, manager)).id;
  await call('/api/v1/facilities/checklists', {
    name: checklist,
    target: 'VacantUnits',
    items: [
      { text: '门锁完好', kind: 'PassFail', category: 'Security' },
      { text: '厨房水管有无漏水', kind: 'PassFail', category: 'Plumbing', photoRequired: true },
    ],
  }, manager);
});

test('the daily job plans the vacant unit\'s round with the new checklist', { timeout: 120_000 }, async () => {
  await onFreshPage(shared.browser, 'round-job', runRoundsJob);
  round.id = (await roundPlanned(checklist, place.unitId, await tokenOf('manager'))).id;
});

test('the technician does the round on a phone and fails an item with a photo', { timeout: 90_000 }, () =>
  onFreshPage(shared.browser, 'round-walk', async (page) => {
    assert.ok(round.id, 'the job planned the round');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/my/rounds/${round.id}`);
    await page.waitForURL('**/login');
    await signIn(page, 'tech');
    await page.getByRole('heading', { name: /301/ }).waitFor();

    const lock = page.locator('.ant-card', { hasText: '门锁完好' });
    await lock.getByRole('button', { name: 'check 合格' }).click();
    await lock.getByText('合格', { exact: true }).waitFor();

    const leak = page.locator('.ant-card', { hasText: '厨房水管有无漏水' });
    await leak.getByLabel('拍照').setInputFiles({ name: 'leak.png', mimeType: 'image/png', buffer: photo });
    await leak.getByRole('button', { name: /已拍 1 张/ }).waitFor();
    await leak.getByLabel('厨房水管有无漏水 备注').fill('厨房水槽下水管接口滴漏');
    await leak.getByRole('button', { name: 'close 不合格' }).click();
    const ticket = leak.getByRole('link', { name: /已生成报修单/ });
    await ticket.waitFor();
    round.ticketNumber = /T-\d{8}-\d{4}/.exec(await ticket.textContent())[0];
    round.ticketId = (await ticket.getAttribute('href')).split('/').at(-1);

    await page.getByRole('button', { name: '完成巡检' }).click();
    await page.getByText('巡检已完成').waitFor();
  }),
);

test('the agent finds the repair ticket the failed item opened, linked back to the round', { timeout: 90_000 }, () =>
  onFreshPage(shared.browser, 'round-ticket', async (page) => {
    assert.ok(round.ticketNumber, 'the round opened a ticket');
    await page.goto(`/tickets/${round.ticketId}`);
    await page.waitForURL('**/login');
    await signIn(page, 'agent');
    await page.getByRole('heading', { name: new RegExp(round.ticketNumber) }).waitFor();
    await page.getByText(/厨房水管有无漏水：不合格。厨房水槽下水管接口滴漏/).first().waitFor();

    await page.getByRole('link', { name: '巡检发现（查看巡检报告）' }).click();
    await page.waitForURL(`**/facilities/rounds/${round.id}`);
    await page.getByRole('link', { name: round.ticketNumber }).waitFor();
    const report = await read(`/api/v1/facilities/rounds/${round.id}`, await tokenOf('agent'));
    assert.equal(report.status, 'Completed');
    assert.equal(report.items.find((item) => item.text === '厨房水管有无漏水').photoUrls.length, 1);
  }),
);

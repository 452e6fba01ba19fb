// An emergency call at night, against the host at HUIYIN_BASE_URL: the people on duty are paged on their open pages, and the
// morning shift takes the open ticket over. The roster is placed around the present instant (see support/duty.mjs).
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { before, test } from 'node:test';
import { baseUrl, browserForFile, onFreshPage } from './support/browser.mjs';
import { read, rosterAroundNow, teamOf, tokenOf } from './support/duty.mjs';
import { answerCall, registerOwner, takeInRepair } from './support/tickets.mjs';
import { choose, openDropdown, signIn } from './support/ui.mjs';

const shared = browserForFile();
const stamp = Date.now().toString(36);
const phone = `136${String(Date.now()).slice(-8)}`;
const artifacts = new URL('./artifacts/', import.meta.url);
let duty;

before(async () => {
  await registerOwner(`困梯业主${stamp.slice(-4)}`, phone);
  duty = await teamOf(stamp, { agent: 'Agent', tech: 'Technician', manager: 'Manager', morning: 'Supervisor' });
  const { agent, tech, manager, morning } = duty.people;
  await rosterAroundNow(duty.teamId, [agent.id, tech.id, manager.id], [morning.id]);
});

async function snapshot(page, name) {
  await mkdir(artifacts, { recursive: true });
  await page.screenshot({ path: new URL(`${name}.png`, artifacts).pathname, fullPage: true });
}

/** A page of its own (cookies and storage) signed in as `username` at `path`. */
async function signedInPage(browser, username, path) {
  const context = await browser.newContext({ baseURL: baseUrl(), locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  await page.goto(path);
  await page.waitForURL('**/login');
  await signIn(page, username);
  return { context, page };
}

/** A signed-in page of `username` on the dashboard, marked so that a reload would show, and its bell. */
async function watcherOf(browser, username) {
  const { context, page } = await signedInPage(browser, username, '/');
  const bell = page.getByRole('button', { name: /收件箱，\d+ 条未读/ });
  await bell.waitFor();
  await page.evaluate((mark) => { window.openedBeforeTheCall = mark; }, stamp);
  return { context, page, bell, unreadBefore: await unreadOn(bell) };
}

async function unreadOn(bell) {
  return Number(/(\d+) 条未读/.exec(await bell.getAttribute('aria-label'))[1]);
}

/** The banner, the toast (it fades after a few seconds) and a higher bell count on a page opened before the call, within 15 s and without a reload. */
async function seesTheEmergency(watcher, number, name) {
  const { page, bell, unreadBefore } = watcher;
  try {
    await Promise.all([
      page.locator('.ant-alert').filter({ hasText: '紧急事件：电梯困人' }).filter({ hasText: number }).waitFor({ timeout: 15_000 }),
      page.locator('.ant-notification-notice').filter({ hasText: '紧急事件，请立即处理' }).filter({ hasText: number }).first().waitFor({ timeout: 15_000 }),
    ]);
    const deadline = Date.now() + 15_000;
    while ((await unreadOn(bell)) <= unreadBefore && Date.now() < deadline) await page.waitForTimeout(100);
  } finally {
    await snapshot(page, name);
  }
  assert.ok((await unreadOn(bell)) > unreadBefore, `${name}: the bell counts the page`);
  assert.equal(await page.evaluate(() => window.openedBeforeTheCall), stamp, `${name}: the page was not reloaded`);
}

test('an emergency call at night pages the technician and manager on duty at once, and the morning shift takes the open ticket over',
  { timeout: 180_000 }, () =>
    onFreshPage(shared.browser, 'night-emergency', async (page) => {
      const { agent, tech, manager, morning } = duty.people;
      const technician = await watcherOf(shared.browser, tech.username);
      const onCallManager = await watcherOf(shared.browser, manager.username);
      const watchers = [technician, onCallManager];
      try {
        await answerCall(page, phone, agent.username);
        const ticket = await takeInRepair(page, `3号楼2单元电梯困人，两人被困 ${stamp}`, '电梯困人');
        await page.getByText(`已受理 ${ticket.number}`).waitFor();
        await snapshot(page, 'night-emergency-intake');

        await Promise.all([
          seesTheEmergency(technician, ticket.number, 'night-emergency-technician'),
          seesTheEmergency(onCallManager, ticket.number, 'night-emergency-manager'),
        ]);

        await page.goto('/duty/handover');
        const form = page.locator('form#handover');
        await choose(page, form, '班次', '夜班');
        await form.getByLabel('移交的未完成事项').click();
        await page.locator(openDropdown).getByTitle(`${ticket.number} 新建`).click();
        await page.keyboard.press('Escape');
        await form.getByLabel('交班记录').fill(`电梯困人 ${ticket.number} 已通知维保，待复检`);
        await form.getByRole('button', { name: '提交交班记录' }).click();
        await page.getByText('交班记录已提交，等待下一班签收').waitFor();

        const next = await signedInPage(shared.browser, morning.username, '/duty/handover');
        watchers.push(next);
        const card = next.page.locator('.ant-card').filter({ hasText: `电梯困人 ${ticket.number} 已通知维保` }).last();
        await card.getByRole('link', { name: ticket.number }).waitFor();
        await card.getByText('新建').waitFor();
        await snapshot(next.page, 'night-emergency-handover');
        await card.getByRole('button', { name: '签收接班' }).click();
        await next.page.getByText('已签收接班').waitFor();

        const handovers = await read(`/api/v1/handovers?teamId=${duty.teamId}`, await tokenOf('supervisor'));
        const accepted = handovers.find((handover) => handover.carriedOver.some((item) => item.itemId === ticket.id));
        assert.ok(accepted?.signed, 'the morning shift signed the handover');
        assert.deepEqual([accepted.shift, accepted.nextShift, accepted.acceptedById], ['夜班', '早班', morning.id]);
        const carried = await read(`/api/v1/tickets/${ticket.id}`, await tokenOf('supervisor'));
        assert.ok(!['Resolved', 'Closed', 'Cancelled'].includes(carried.status), `the carried-over ticket is still open (${carried.status})`);
      } finally {
        await Promise.all(watchers.map((watcher) => watcher.context.close()));
      }
    }),
);

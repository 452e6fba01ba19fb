// A repair from the call to the fix, through the real pages against the host at HUIYIN_BASE_URL
// (demo accounts): the agent takes the call, the supervisor dispatches on the board, the technician
// works the job on a phone (the customer signs on the screen), and the agent reads what happened in
// the ticket's timeline.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { browserForFile, onFreshPage } from './support/browser.mjs';
import { answerCall, registerOwner, takeInRepair } from './support/tickets.mjs';
import { signIn } from './support/ui.mjs';

const shared = browserForFile();
const stamp = String(Date.now()).slice(-8);
const phone = `136${stamp}`;
const name = `派工业主${stamp.slice(-4)}`;
const ticket = { id: '', number: '' };

/** Opens a section of the job page and waits until it has finished opening (a click while it grows can be lost). */
async function openSection(page, name) {
  await page.getByRole('button', { name }).first().click();
  await page.locator('[class*="ant-motion-collapse"]').first().waitFor({ state: 'detached' });
}

/**
 * Signs the pad with a stroke across it. `hover` scrolls the pad into view and waits until it stands still
 * (the panel it is in may still be opening), so each point lands on the canvas.
 */
async function drawSignature(page, pad) {
  await pad.hover({ position: { x: 10, y: 10 } });
  const box = await pad.boundingBox();
  assert.ok(box, 'the signature pad is on the page');
  const at = (x, y) => ({ position: { x: box.width * x, y: box.height * y } });
  await pad.hover(at(0.1, 0.6));
  await page.mouse.down();
  for (const [x, y] of [[0.3, 0.3], [0.5, 0.7], [0.7, 0.3], [0.9, 0.6]]) await pad.hover(at(x, y));
  await page.mouse.up();
}

/** Waits for the API's answer to a POST whose path ends with `step`, and checks it succeeded. */
function answerTo(page, step) {
  return page.waitForResponse((response) => response.request().method() === 'POST' && new URL(response.url()).pathname.endsWith(step)).then(async (response) => {
    assert.ok(response.ok(), `${step} answered ${response.status()}: ${await response.text()}`);
  });
}

before(() => registerOwner(name, phone));

test('the agent takes a repair call', { timeout: 90_000 }, () =>
  onFreshPage(shared.browser, 'flow-intake', async (page) => {
    await answerCall(page, phone);
    const taken = await takeInRepair(page, '卫生间地漏堵塞返水，需上门疏通');
    Object.assign(ticket, { id: taken.id, number: taken.number });

    await page.getByLabel('业主回复的具体内容').fill('业主在家，可随时上门');
    await page.getByRole('button', { name: '保存联系记录' }).click();
    await taken.heading.getByText('已联系').waitFor();
  }),
);

test('the supervisor dispatches it on the board by dragging it onto the technician', { timeout: 90_000 }, () =>
  onFreshPage(shared.browser, 'flow-dispatch', async (page) => {
    assert.ok(ticket.id, 'the intake step created the ticket');
    // Tall enough for the whole board: a drag that has to scroll the page on the way is unreliable.
    await page.setViewportSize({ width: 1440, height: 2400 });
    await page.goto('/tickets/dispatch');
    await page.waitForURL('**/login');
    await signIn(page, 'supervisor');
    await page.getByRole('heading', { name: '派工台' }).waitFor();

    const card = page.getByLabel(ticket.number, { exact: true });
    const technician = page.getByRole('region', { name: '派给 刘强', exact: true });
    const assigned = answerTo(page, `/tickets/${ticket.id}/assign`);
    await card.dragTo(technician);
    await assigned;
    await page.getByText(`${ticket.number} 已派给 刘强`).waitFor();
    await card.waitFor({ state: 'detached' });
  }),
);

test('the technician checks in on a phone, logs the work, takes the customer\'s sign-off, checks out and resolves', { timeout: 90_000 }, () =>
  onFreshPage(shared.browser, 'flow-field-work', async (page) => {
    assert.ok(ticket.id, 'the intake step created the ticket');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.context().grantPermissions(['geolocation']);
    await page.context().setGeolocation({ latitude: 31.2304, longitude: 121.4737 });
    await page.goto('/my/jobs');
    await page.waitForURL('**/login');
    await signIn(page, 'tech');
    await page.getByRole('heading', { name: '我的任务' }).waitFor();

    await page.getByRole('link', { name: ticket.number, exact: true }).click();
    await page.waitForURL(`**/my/jobs/${ticket.id}`);
    await page.getByText('卫生间地漏堵塞返水，需上门疏通').waitFor();

    const checkedIn = answerTo(page, '/check-in');
    await page.getByRole('button', { name: '签到', exact: true }).click();
    await checkedIn;
    await page.getByRole('heading', { name: ticket.number }).getByText('处理中').waitFor();

    await openSection(page, /工作记录/);
    await page.getByLabel('情况说明').fill('疏通地漏，清出毛发杂物，试水正常');
    await page.getByRole('button', { name: /添加材料/ }).click();
    await page.getByLabel('材料名称').fill('地漏芯');
    await page.getByLabel('数量').fill('1');
    await page.getByLabel('单位').fill('个');
    const logged = answerTo(page, '/work-log');
    await page.getByRole('button', { name: '保存工作记录' }).click();
    await logged;

    await openSection(page, /客户签字/);
    await page.getByLabel('客户姓名').fill(name);
    await drawSignature(page, page.getByLabel('客户签名', { exact: true }));
    const signedOff = answerTo(page, '/sign-off');
    await page.getByRole('button', { name: '确认签字' }).click();
    await signedOff;

    const checkedOut = answerTo(page, '/check-out');
    await page.getByRole('button', { name: '签退', exact: true }).click();
    await checkedOut;
    await page.getByRole('button', { name: '签到', exact: true }).waitFor();

    await openSection(page, /完工/);
    await page.getByLabel('处理结果').fill('地漏已疏通，业主确认');
    const resolved = answerTo(page, '/resolve');
    await page.locator('form').filter({ has: page.getByLabel('处理结果') }).getByRole('button', { name: '完工' }).click();
    await resolved;
    await page.getByText('已完工').waitFor();
  }),
);

test('the agent reads the dispatch, the visit, the work and the sign-off in the timeline', { timeout: 90_000 }, () =>
  onFreshPage(shared.browser, 'flow-timeline', async (page) => {
    assert.ok(ticket.id, 'the intake step created the ticket');
    await page.goto(`/tickets/${ticket.id}`);
    await page.waitForURL('**/login');
    await signIn(page, 'agent');

    const heading = page.getByRole('heading', { name: ticket.number });
    await heading.getByText('已办结').waitFor();
    const timeline = page.locator('.ant-card').filter({ has: page.getByText('处理经过', { exact: true }) });
    for (const step of ['派工', '到场签到', '工作记录', '业主签认', '离场签退']) await timeline.getByText(new RegExp(`^${step}`)).first().waitFor();
    await timeline.getByText('疏通地漏', { exact: false }).first().waitFor();
    await timeline.getByText(`${name}：满意`, { exact: false }).waitFor();
  }),
);

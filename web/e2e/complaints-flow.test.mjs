// A complaint from the call to its close, through the real pages against the host at HUIYIN_BASE_URL
// (demo accounts): the agent registers it and investigates, the manager decides the remedy and the
// department responsible, and the agent closes it after the customer has accepted the remedy.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { browserForFile, onFreshPage } from './support/browser.mjs';
import { registerOwner } from './support/tickets.mjs';
import { choose, signIn } from './support/ui.mjs';

const shared = browserForFile();
const stamp = String(Date.now()).slice(-8);
const phone = `137${stamp}`;
const name = `投诉业主${stamp.slice(-4)}`;
const complaint = { id: '' };

/** Opens the complaint's page as `username`, signing in on the way. */
async function openAs(page, username) {
  assert.ok(complaint.id, 'the intake step registered the complaint');
  await page.goto(`/complaints/${complaint.id}`);
  await page.waitForURL('**/login');
  await signIn(page, username);
  await page.getByRole('heading', { name: /C-\d{8}-\d{4}/ }).waitFor();
}

/** Submits the step's form and waits until the API has taken the step and the page shows the complaint's new status. */
async function takeStep(page, button, status) {
  const answered = page.waitForResponse((r) => r.request().method() === 'POST' && /\/api\/v1\/complaints\/[^/]+\/[a-z-]+$/.test(new URL(r.url()).pathname));
  await page.getByRole('button', { name: button, exact: true }).click();
  const response = await answered;
  assert.ok(response.ok(), `${button} answered ${response.status()}: ${await response.text()}`);
  await page.getByRole('heading', { name: /C-\d{8}-\d{4}/ }).getByText(status, { exact: true }).waitFor();
}

before(() => registerOwner(name, phone));

test('the agent registers a complaint about six households and investigates it', { timeout: 90_000 }, () =>
  onFreshPage(shared.browser, 'complaint-intake', async (page) => {
    await page.goto('/complaints/new');
    await page.waitForURL('**/login');
    await signIn(page, 'agent');
    await page.getByRole('heading', { name: '投诉登记' }).waitFor();

    await page.getByLabel('来电号码').fill(phone);
    await page.getByLabel('来电号码').press('Enter');
    await page.getByText('已选择').waitFor();
    await choose(page, page, '投诉类别', '维修');
    await page.getByLabel('被投诉部门').fill('工程部');
    await page.getByLabel('投诉内容').fill('电梯维修三次仍未修好，六户业主出行困难');
    await page.getByLabel('涉及户数').fill('6');
    await page.getByRole('button', { name: /保存投诉/ }).click();

    await page.waitForURL(/\/complaints\/[0-9a-f-]{36}$/);
    complaint.id = new URL(page.url()).pathname.split('/').at(-1);
    await page.getByText('涉及 6 户（5 至 9 户）：重要投诉').waitFor();
    await page.getByText('负责人：客服经理').waitFor();

    await page.getByLabel('调查结果').fill('维保单位三次上门均未更换故障主板');
    await page.getByText('有效投诉', { exact: true }).click();
    await page.getByLabel('认定理由').fill('维修未按约定完成');
    await choose(page, page, '根本原因', '维修质量');
    await takeStep(page, '提交调查结果', '已调查');

    await page.getByLabel('处理方案').fill('更换电梯主板，减免六户当月电梯费');
    await takeStep(page, '提出方案', '已提出方案');
    await page.getByText('等待客服经理决定处理方案与责任部门').waitFor();
  }),
);

test('the manager decides the remedy and the department responsible', { timeout: 90_000 }, () =>
  onFreshPage(shared.browser, 'complaint-decision', async (page) => {
    await openAs(page, 'manager');
    assert.equal(await page.getByLabel('决定的处理方案').inputValue(), '更换电梯主板，减免六户当月电梯费');
    await page.getByLabel('责任部门').fill('工程部');
    await takeStep(page, '决定方案', '方案已决定');
  }),
);

test('the agent records the work, the customer accepts, and the agent closes the complaint', { timeout: 90_000 }, () =>
  onFreshPage(shared.browser, 'complaint-close', async (page) => {
    await openAs(page, 'agent');
    await page.getByLabel('落实情况').fill('主板已更换，电梯运行正常');
    await takeStep(page, '记录落实', '已落实');

    await page.getByText('认可', { exact: true }).click();
    await takeStep(page, '记录客户确认', '已解决');

    await page.getByRole('button', { name: '关闭投诉' }).click();
    const closed = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname.endsWith('/close'));
    await page.getByRole('tooltip').getByRole('button', { name: /确/ }).click();
    assert.ok((await closed).ok());
    await page.getByText('投诉已关闭').waitFor();
  }),
);

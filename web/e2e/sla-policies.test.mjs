// SLA policy administration through the real sign-in page, against the host at HUIYIN_BASE_URL.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { browserForFile, onFreshPage } from './support/browser.mjs';
import { choose, signIn } from './support/ui.mjs';

const shared = browserForFile();

test('a manager adds a policy, sees it in the list, and the tester applies it', { timeout: 60_000 }, () =>
  onFreshPage(shared.browser, 'sla-policy-create-and-test', async (page) => {
    const stamp = Date.now().toString(36);
    const name = `电梯困人工单-${stamp}`;
    const category = `lift-${stamp}`;

    await page.goto('/sla/policies');
    await page.waitForURL('**/login');
    await signIn(page, 'manager');
    await page.getByRole('heading', { name: '时限策略' }).waitFor();
    // The defaults are seeded on every installation.
    await page.getByRole('row').filter({ hasText: '标准工单' }).first().waitFor();

    await page.getByRole('button', { name: '新增策略' }).click();
    const form = page.getByRole('dialog');
    await form.getByLabel('策略名称', { exact: true }).fill(name);
    await form.getByLabel('匹配顺序号').fill('1');
    await choose(page, form, '业务类型', '工单');
    await form.getByLabel('类别').fill(category);
    await form.getByLabel('首次联系时限', { exact: true }).fill('30');
    await choose(page, form, '首次联系时限的单位', '分钟');
    await form.getByLabel('处理完成时限', { exact: true }).fill('4');
    await form.getByRole('button', { name: '保存' }).click();
    await page.getByText('已新增策略').waitFor();

    const list = page.locator('.ant-card').filter({ hasText: '策略列表' });
    const row = list.getByRole('row').filter({ hasText: name });
    await row.waitFor();
    for (const text of ['工单', `类别：${category}`, '30分钟', '4小时', '80%', '7×24', '至总经理']) {
      assert.ok((await row.textContent()).includes(text), `the new row shows ${text}`);
    }

    const tester = page.locator('.ant-card').filter({ hasText: '策略测试' });
    await tester.getByLabel('类别').fill(category);
    await tester.getByRole('button', { name: /测试/ }).click();
    const result = tester.getByLabel('测试结果');
    await result.waitFor();
    assert.ok((await result.textContent()).includes(name), 'the tester names the new policy');

    // Leave the installation's rules as they were.
    await retire(page, row, name);
    await row.waitFor({ state: 'detached' });
  }),
);

/**
 * Retires the row's policy through its confirmation. The list refreshes itself when the desk's pushes arrive, and a
 * refresh under an open confirmation can swallow the click on 确定: then the confirmation is asked for again, once.
 */
async function retire(page, row, name) {
  for (let attempt = 1; ; attempt++) {
    await row.getByRole('button', { name: '停用' }).click();
    await page.getByRole('tooltip').filter({ hasText: name }).getByRole('button', { name: '确定' }).click();
    try {
      await page.getByText(`已停用策略 ${name}`).waitFor({ timeout: 5_000 });
      return;
    } catch (error) {
      if (attempt === 2) throw error;
    }
  }
}

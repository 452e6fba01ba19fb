// Customers through the real pages, against the host at HUIYIN_BASE_URL (demo accounts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { browserForFile, onFreshPage } from './support/browser.mjs';
import { openDropdown, signIn } from './support/ui.mjs';

const shared = browserForFile();
const stamp = String(Date.now()).slice(-8);
const phone = `139${stamp}`;
const firstName = `测试业主${stamp.slice(-4)}`;
const idNumber = residentId(`33010619900101${stamp.slice(-3)}`);

function residentId(first17) {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((total, digit, i) => total + Number(digit) * weights[i], 0);
  return first17 + '10X98765432'[sum % 11];
}

async function openCustomersAs(page, username) {
  await page.goto('/customers');
  await page.waitForURL('**/login');
  await signIn(page, username);
  await page.getByRole('heading', { name: '客户档案' }).waitFor();
}

async function register(page, name, extra = async () => {}) {
  await page.getByRole('button', { name: '新增客户' }).click();
  const form = page.getByRole('dialog');
  await form.getByLabel('姓名/名称').fill(name);
  await form.getByLabel('电话').fill(`+86 ${phone.slice(0, 3)}-${phone.slice(3, 7)}-${phone.slice(7)}`);
  await extra(form);
  await form.getByRole('button', { name: '保存' }).click();
}

test('an agent registers a customer, meets the duplicate dialog and overrides it with a reason', { timeout: 60_000 }, () =>
  onFreshPage(shared.browser, 'customer-duplicate', async (page) => {
    await openCustomersAs(page, 'agent');

    await register(page, firstName, (form) => form.getByLabel('证件号码').fill(idNumber));
    await page.getByText(`已建档 ${firstName}`).waitFor();

    await register(page, `${firstName}家属`);
    const dialog = page.locator('.ant-modal').filter({ hasText: '发现疑似重复客户' });
    await dialog.waitFor();
    assert.ok((await dialog.textContent()).includes(firstName), 'the dialog lists the customer with the same phone');
    await dialog.getByLabel('仍然保存的理由').fill('家属共用同一手机号');
    await dialog.getByRole('button', { name: '仍然保存' }).click();
    await page.getByText(`已建档 ${firstName}家属`).waitFor();
    // A closing drawer gives the focus back to 新增客户, where an Enter meant for the search box would reopen it.
    await page.getByRole('dialog', { name: '新增客户' }).waitFor({ state: 'hidden' });

    await page.getByRole('searchbox').fill(phone);
    // Both customers are already listed, newest first: wait for the search's answer, not the list before it.
    const searched = page.waitForResponse((response) => new URL(response.url()).searchParams.get('search') === phone);
    await page.getByRole('searchbox').press('Enter');
    await searched;
    await page.getByRole('row').filter({ hasText: `${firstName}家属` }).waitFor();
    const rows = await page.getByRole('row').filter({ hasText: firstName }).count();
    assert.equal(rows, 2);
  }),
);

test('a manager reveals an ID number and finds the view in the access log', { timeout: 60_000 }, () =>
  onFreshPage(shared.browser, 'customer-reveal', async (page) => {
    await openCustomersAs(page, 'manager');

    await page.getByRole('searchbox').fill(firstName);
    await page.getByRole('searchbox').press('Enter');
    const row = page.getByRole('row').filter({ hasText: idNumber.slice(0, 4) }).filter({ hasText: firstName });
    await row.getByRole('link').click();
    await page.getByText(`3301**********${idNumber.slice(-4)}`).waitFor();

    await page.getByRole('button', { name: '查看完整信息' }).click();
    const dialog = page.locator('.ant-modal').filter({ hasText: '查看完整证件号与银行账号' });
    await dialog.getByLabel('查看理由').fill('核对业主身份');
    await dialog.getByRole('button', { name: '查看完整信息' }).click();
    await dialog.getByText(idNumber).waitFor();
    await dialog.getByRole('button', { name: '确定' }).click();

    await page.getByRole('tab', { name: '查看记录' }).click();
    const entry = page.getByRole('row').filter({ hasText: '核对业主身份' });
    await entry.waitFor();
    assert.ok((await entry.textContent()).includes('证件号码'), 'the access log names the ID number');

    await page.getByRole('menuitem', { name: '敏感信息查阅记录' }).click();
    const logged = page.getByRole('row').filter({ hasText: '核对业主身份' }).filter({ hasText: firstName });
    await logged.getByText('张伟（103号 · 客服经理）').waitFor();
  }),
);

test('a manager scores a merchant and sees the total', { timeout: 60_000 }, () =>
  onFreshPage(shared.browser, 'customer-score', async (page) => {
    const merchantName = `测试商户${stamp.slice(-4)}`;
    await openCustomersAs(page, 'manager');
    await register(page, merchantName, async (form) => {
      await form.getByLabel('客户类型', { exact: true }).click();
      await page.locator(openDropdown).getByTitle('商户', { exact: true }).click();
      await form.getByLabel('电话').fill(`0571${stamp}`);
    });
    await page.getByText(`已建档 ${merchantName}`).waitFor();

    await page.getByRole('row').filter({ hasText: merchantName }).getByRole('link').click();
    await page.getByRole('tab', { name: '级别与评分' }).click();
    const scores = { 物业资产规模: 22, 经营规模: 18, 品牌实力: 20, 业务配合度: 25 };
    for (const [criterion, score] of Object.entries(scores)) await page.getByLabel(criterion).fill(String(score));
    await page.getByLabel('评分依据').fill('年营业额八百万，连锁品牌，缴费从未逾期');
    await page.getByText('总分 85 / 100').waitFor();
    await page.getByRole('button', { name: '保存评分' }).click();

    await page.getByText('评分已保存，总分 85').waitFor();
    const saved = page.locator('.ant-descriptions').filter({ hasText: '评分依据' });
    await saved.getByText('85 / 100', { exact: true }).waitFor();
    assert.ok((await saved.textContent()).includes('年营业额八百万'), 'the saved scores show their evidence');
  }),
);

// Ticket intake through the real pages, against the host at HUIYIN_BASE_URL (demo accounts; the
// customer is registered here, so the test does not depend on demo customers).
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { browserForFile, onFreshPage } from './support/browser.mjs';
import { answerCall, registerOwner, takeInRepair } from './support/tickets.mjs';

const shared = browserForFile();
const stamp = String(Date.now()).slice(-8);
const phone = `137${stamp}`;
const name = `报修业主${stamp.slice(-4)}`;

before(() => registerOwner(name, phone));

test('an agent finds the caller by phone, takes in a repair and logs the first contact', { timeout: 90_000 }, () =>
  onFreshPage(shared.browser, 'ticket-intake', async (page) => {
    await answerCall(page, phone);
    await page.getByText('无未办结工单').waitFor();

    const { heading, number } = await takeInRepair(page, '厨房水管接头漏水，需上门维修');
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

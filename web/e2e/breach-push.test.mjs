// A breach reaches a supervisor's open page without a reload, against the host at HUIYIN_BASE_URL (its SLA sweep runs every 10 s).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { browserForFile, onFreshPage } from './support/browser.mjs';
import { call } from './support/tickets.mjs';
import { demoPassword, signIn } from './support/ui.mjs';

const shared = browserForFile();
const firstContactSeconds = 5;

async function tokenOf(username) {
  return (await call('/api/v1/auth/login', { username, password: demoPassword })).accessToken;
}

async function unreadOn(bell) {
  return Number(/(\d+) 条未读/.exec(await bell.getAttribute('aria-label'))[1]);
}

test('a supervisor sees the toast and the bell count within 15 s of a breach, without a reload', { timeout: 90_000 }, () =>
  onFreshPage(shared.browser, 'breach-push', async (page) => {
    const stamp = Date.now().toString(36);
    const manager = await tokenOf('manager');
    const policy = await call('/api/v1/sla/policies', {
      name: `秒级绿化时限-${stamp}`,
      order: 1,
      match: { workType: 'Ticket', category: 'Greening' },
      firstContact: `PT${firstContactSeconds}S`,
      resolution: 'PT1H',
    }, manager);

    try {
      const owner = await call('/api/v1/customers', { type: 'Owner', name: `业主-${stamp}`, phones: [`139${Date.now().toString().slice(-8)}`] }, await tokenOf('agent'));
      await page.goto('/');
      await page.waitForURL('**/login');
      await signIn(page, 'supervisor2');
      const bell = page.getByRole('button', { name: /收件箱，\d+ 条未读/ });
      await bell.waitFor();
      const before = await unreadOn(bell);

      // The supervisor takes in the ticket, so its breach is theirs.
      await call('/api/v1/tickets', {
        kind: 'Repair', channel: 'Phone', customerId: owner.id, category: 'Greening', description: `草坪喷灌漏水 ${stamp}`,
      }, await tokenOf('supervisor2'));
      const dueAt = Date.now() + firstContactSeconds * 1000;
      await page.evaluate((mark) => { window.loadedBeforeTheBreach = mark; }, stamp);

      const toast = page.locator('.ant-notification-notice').filter({ hasText: '已超时：您处理的工作首次联系时限已过' });
      await toast.first().waitFor({ timeout: firstContactSeconds * 1000 + 15_000 });
      while ((await unreadOn(bell)) <= before && Date.now() - dueAt < 15_000) await page.waitForTimeout(100);
      const lag = Date.now() - dueAt;

      assert.ok(lag <= 15_000, `the breach showed ${lag} ms after its due time`);
      assert.ok((await unreadOn(bell)) > before, 'the bell counts the new item');
      assert.equal(await page.evaluate(() => window.loadedBeforeTheBreach), stamp, 'the page was not reloaded');
    } finally {
      await call(`/api/v1/sla/policies/${policy.id}/retire`, {}, manager);
    }
  }),
);

// The Content-Security-Policy against the real SPA: the main pages, signed in through the real sign-in page, run
// and draw without a single violation (antd's styles, the ECharts chart and its tooltip included).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { browserForFile, onFreshPage } from './support/browser.mjs';
import { signIn } from './support/ui.mjs';

const shared = browserForFile();

/** antd's primary colour: the sign-in button has it only when antd's inserted styles were allowed. */
const antdPrimary = 'rgb(22, 119, 255)';

/** Collects what the browser reports about the policy: violation events and console errors that name it. */
async function watchPolicy(page) {
  const violations = [];
  await page.exposeBinding('reportPolicyViolation', (_source, violation) => violations.push(violation));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      window.reportPolicyViolation(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`),
    ),
  );
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) {
      violations.push(message.text());
    }
  });
  return violations;
}

/** Opens a page of the SPA and waits until it has drawn its title and fetched what it shows. */
async function visit(page, path) {
  await page.goto(path);
  await page.getByRole('heading', { level: 3 }).first().waitFor();
  await page.waitForLoadState('networkidle');
}

test('the sign-in page and the desk pages of a manager run under the policy without a violation', { timeout: 120_000 }, () =>
  onFreshPage(shared.browser, 'policy-manager-pages', async (page) => {
    const violations = await watchPolicy(page);

    const response = await page.goto('/login');
    assert.match(response.headers()['content-security-policy'], /script-src 'self';/);
    const submit = page.getByRole('button', { name: '登录' });
    await submit.waitFor();
    assert.equal(await submit.evaluate((button) => getComputedStyle(button).backgroundColor), antdPrimary);
    await signIn(page, 'manager');
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));

    for (const path of ['/', '/tickets', '/tickets/dispatch', '/customers', '/sla/policies', '/sla/calendars']) {
      await visit(page, path);
    }

    await visit(page, '/customers/grading');
    await page.getByRole('button', { name: '发起评级' }).click();
    const chart = page.getByRole('img', { name: /一级 \d+ · 二级 \d+ · 三级 \d+/ });
    await chart.locator('svg').waitFor();
    await chart.hover();
    const box = await chart.boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height - 40);
    await page.waitForTimeout(500);

    assert.deepEqual(violations, []);
  }),
);

test('the administration pages of an admin run under the policy without a violation', { timeout: 60_000 }, () =>
  onFreshPage(shared.browser, 'policy-admin-pages', async (page) => {
    const violations = await watchPolicy(page);

    await page.goto('/admin/staff');
    await page.waitForURL('**/login');
    await signIn(page, 'admin');
    await page.getByRole('heading', { name: '员工管理' }).waitFor();
    await page.waitForLoadState('networkidle');
    await page.getByRole('button', { name: '新增员工' }).click();
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Escape');
    await visit(page, '/admin/system');

    assert.deepEqual(violations, []);
  }),
);

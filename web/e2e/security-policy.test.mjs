// The Content-Security-Policy against the real SPA: the main pages, signed in through the real sign-in page, run
// and draw without a single violation (antd's styles, the ECharts chart and its tooltip included).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { browserForFile, onFreshPage } from './support/browser.mjs';
import { signIn } from './support/ui.mjs';

const shared = browserForFile();

/** The theme's primary colour (src/app/theme.ts): the sign-in button has it only when antd's inserted styles were allowed. */
const themePrimary = 'rgb(14, 110, 140)';

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
    assert.equal(await submit.evaluate((button) => getComputedStyle(button).backgroundColor), themePrimary);
    await signIn(page, 'manager');
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));

    for (const path of ['/', '/tickets', '/tickets/dispatch', '/customers', '/sla/policies', '/sla/calendars']) {
      await visit(page, path);
    }

    await visit(page, '/customers/grading');
    await page.getByRole('button', { name: '发起评级' }).click();
    await page.getByText('已生成评级方案').waitFor();
    const chart = page.getByRole('img', { name: /一级 \d+ · 二级 \d+ · 三级 \d+/ });
    await chart.locator('svg').waitFor();
    // ECharts writes its tooltip as HTML with style attributes: hover the foot of each bar until one shows.
    const width = await chart.evaluate((element) => element.clientWidth);
    for (const column of [1, 3, 5]) {
      await chart.hover({ position: { x: 40 + ((width - 56) * column) / 6, y: 210 } });
    }
    await page.waitForFunction(() => [...document.querySelectorAll('div')].some((div) => div.innerHTML.startsWith('<div style=') && div.textContent.includes('级')));

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

test('the API documentation runs under its own policy without a violation', { timeout: 30_000 }, () =>
  onFreshPage(shared.browser, 'policy-api-documentation', async (page) => {
    const violations = await watchPolicy(page);

    await page.goto('/swagger');
    await page.locator('.swagger-ui .info').getByText('Huiyin 回音 API').waitFor();
    await page.getByText('/api/v1/auth/login').first().waitFor();
    await page.waitForLoadState('networkidle');

    assert.deepEqual(violations, []);
  }),
);

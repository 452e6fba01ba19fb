// Printable notice letters through the real pages against the host at HUIYIN_BASE_URL (demo accounts): a supervisor sends a
// notice by letter to a site of three units, opens it on 通知公告, prints its letters, and each letter goes on a page of its own
// with nothing of the desk around it.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { browserForFile, onFreshPage } from './support/browser.mjs';
import { tokenOf } from './support/facilities.mjs';
import { call } from './support/tickets.mjs';
import { signIn } from './support/ui.mjs';

const shared = browserForFile();
const stamp = String(Date.now()).slice(-8);
const siteName = `信函小区${stamp}`;
const units = ['301', '302', '401'].map((number) => `${siteName} 1栋 1单元 ${number}`);
const notice = { number: '', title: `二次供水水箱清洗通知${stamp}` };

before(async () => {
  const manager = await tokenOf('manager');
  const site = await call('/api/v1/facilities/sites', { name: siteName, address: '杭州市西湖区文三路 2 号' }, manager);
  const building = await call('/api/v1/facilities/buildings', { siteId: site.id, code: '1', name: '1栋', floors: 6 }, manager);
  for (const number of ['301', '302', '401']) {
    await call('/api/v1/facilities/units', { buildingId: building.id, entrance: '1', floor: Number(number[0]), number }, manager);
  }
  const sent = await call('/api/v1/notices', {
    kind: 'Notice',
    title: notice.title,
    body: '本周六 9:00—12:00 清洗二次供水水箱，期间暂停供水，请提前储水。',
    siteId: site.id,
    channels: ['Letter'],
  }, await tokenOf('supervisor'));
  notice.number = sent.number;
});

test('a supervisor prints a notice\'s letters, one to each unit on a page of its own', { timeout: 30_000 }, () =>
  onFreshPage(shared.browser, 'notice-letters', async (page) => {
    assert.match(notice.number, /^HY-\d{4}-\d{4}$/);
    await page.goto('/notices');
    await page.waitForURL('**/login');
    await signIn(page, 'supervisor');
    await page.getByRole('heading', { name: '通知公告' }).waitFor();

    await page.getByPlaceholder('编号或标题').fill(notice.number);
    await page.getByRole('button', { name: notice.number }).click();
    await page.getByRole('dialog').getByRole('button', { name: '打印信函' }).click();
    await page.waitForURL(/\/notices\/[0-9a-f-]{36}\/letters$/);

    const print = page.getByRole('button', { name: '打印 3 封信函' });
    await print.waitFor();
    const letters = page.getByRole('article');
    assert.deepEqual(await letters.evaluateAll((all) => all.map((letter) => letter.getAttribute('aria-label'))), units);
    for (const [index, unit] of units.entries()) {
      const text = await letters.nth(index).textContent();
      for (const part of [`编号：${notice.number}`, notice.title, `地址：${unit}`, `${siteName} 物业服务中心`]) {
        assert.ok(text.includes(part), `the letter to ${unit} shows ${part}`);
      }
    }

    const desk = { 'the print button': print, 'the side menu': page.locator('.ant-layout-sider'), 'the header': page.locator('.ant-layout-header') };
    for (const [what, locator] of Object.entries(desk)) {
      assert.equal(await locator.isVisible(), true, `${what} is on the screen`);
    }
    await page.emulateMedia({ media: 'print' });
    for (const [what, locator] of Object.entries(desk)) {
      assert.equal(await locator.isVisible(), false, `${what} is not printed`);
    }
    const breaks = await letters.evaluateAll((all) => all.map((letter) => getComputedStyle(letter).breakAfter));
    assert.deepEqual(breaks, ['page', 'page', 'auto'], 'every letter but the last ends its page');
    assert.equal(pageCount(await page.pdf({ format: 'A4' })), units.length, 'the printout has a page per letter');
  }),
);

/** The number of pages of a PDF Chromium printed: its page objects, which it never compresses. */
function pageCount(pdf) {
  return pdf.toString('latin1').match(/\/Type\s*\/Page\b/g).length;
}

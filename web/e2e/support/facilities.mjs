// Steps the facilities end-to-end tests share: a place with a checklist of its own, and today's rounds planned by the job.
import assert from 'node:assert/strict';
import { baseUrl } from './browser.mjs';
import { call } from './tickets.mjs';
import { demoPassword } from './ui.mjs';

/** An access token of a demo user. */
export async function tokenOf(username) {
  return (await call('/api/v1/auth/login', { username, password: demoPassword })).accessToken;
}

/** GETs a path of the API as the bearer of `token` and answers the JSON reply. */
export async function read(path, token) {
  const response = await fetch(new URL(path, baseUrl()), { headers: { Authorization: `Bearer ${token}` } });
  assert.ok(response.ok, `${path} answered ${response.status}: ${await response.clone().text()}`);
  return response.json();
}

/** A site of its own with one vacant unit, 1-1-301; answers the unit. */
export async function vacantUnit(siteName, token) {
  const site = await call('/api/v1/facilities/sites', { name: siteName, address: '杭州市西湖区文三路 1 号' }, token);
  const building = await call('/api/v1/facilities/buildings', { siteId: site.id, code: '1', name: '1栋', floors: 6 }, token);
  return call('/api/v1/facilities/units', { buildingId: building.id, entrance: '1', floor: 3, number: '301' }, token);
}

/**
 * Runs the daily rounds job now, from the job dashboard as the demo admin would (the dashboard takes the
 * admin's token from its cookie), rather than waiting for its next scheduled run.
 */
export async function runRoundsJob(page) {
  const url = new URL(baseUrl());
  await page.context().addCookies([{ name: 'huiyin_dashboard', value: await tokenOf('admin'), domain: url.hostname, path: '/hangfire' }]);
  await page.goto('/hangfire/recurring');
  await page.locator('tr', { hasText: 'facilities:rounds' }).locator('input[type=checkbox]').check();
  // The dashboard posts the trigger from script after the click: wait for its answer, or closing the page may cancel it.
  const triggered = page.waitForResponse((response) => response.request().method() === 'POST' && response.url().endsWith('/recurring/trigger'));
  await page.locator('button[data-url$="/recurring/trigger"]').click();
  const answer = await triggered;
  assert.ok(answer.ok(), `the dashboard's trigger answered ${answer.status()}`);
}

/** Today's round of `checklist` at `unitId`, once the job has planned it. */
export async function roundPlanned(checklist, unitId, token) {
  for (let attempt = 0; attempt < 90; attempt++) {
    const round = (await read('/api/v1/facilities/rounds', token)).find((r) => r.checklist === checklist && r.place.unitId === unitId);
    if (round) return round;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  assert.fail(`no round of ${checklist} was planned at the unit`);
}

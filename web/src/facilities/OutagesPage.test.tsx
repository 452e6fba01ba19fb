import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { customer } from '../customers/fixtures';
import { fakeApi, json } from '../test/fakeApi';
import { renderApp } from '../test/renderApp';
import { building, frontDesk, siteId } from './fixtures';
import { facilitiesSupervisor, outage } from './inspectionFixtures';
import type { OutageDetails } from './types';

const water = outage();
const resident = customer();
const details: OutageDetails = {
  outage: water, sentAtStart: 1, sentAtRestoration: 0, notTold: 1,
  told: [{ customerId: resident.id, phase: 'Start', phone: '138****5678', messageId: 'm-1', at: '2026-12-06T01:00:05Z' }],
};
const site = { id: siteId, name: '翠湖花园', address: null, createdAt: building.createdAt, updatedAt: building.updatedAt };

describe('outages', () => {
  it('lists the outages in force and shows who was texted, with no recording for whoever may not', async () => {
    const server = fakeApi({
      'GET /api/v1/auth/me': () => json(frontDesk),
      'GET /api/v1/facilities/outages': () => json({ items: [water], nextCursor: null }),
      [`GET /api/v1/facilities/outages/${water.id}`]: () => json(details),
      [`GET /api/v1/customers/${resident.id}`]: () => json(resident),
    });
    const { user } = renderApp('/facilities/outages');

    const row = (await screen.findByRole('button', { name: '二次供水水箱清洗' })).closest('tr') as HTMLElement;
    expect(within(row).getByText('翠湖花园 3栋 15层（2 户）')).toBeInTheDocument();
    expect(within(row).getByText('影响中')).toBeInTheDocument();
    expect(new URL(server.sentTo('GET /api/v1/facilities/outages')[0].url).searchParams.get('active')).toBe('true');
    expect(screen.queryByRole('button', { name: /登记停水停电/ })).not.toBeInTheDocument();

    await user.click(within(row).getByRole('button', { name: '二次供水水箱清洗' }));

    const drawer = await screen.findByRole('dialog');
    expect(await within(drawer).findByText('开始时 1 人 · 恢复时 0 人 · 未通知 1 人（未同意短信或无手机）')).toBeInTheDocument();
    expect(within(drawer).getByText('138****5678')).toBeInTheDocument();
    expect(within(drawer).queryByRole('button', { name: '已恢复' })).not.toBeInTheDocument();
  });

  it('records an outage over some floors of a building, and restores it once confirmed', async () => {
    const route = 'POST /api/v1/facilities/outages';
    const restore = `POST /api/v1/facilities/outages/${water.id}/restore`;
    const server = fakeApi({
      'GET /api/v1/auth/me': () => json(facilitiesSupervisor),
      'GET /api/v1/facilities/outages': () => json({ items: [], nextCursor: null }),
      'GET /api/v1/facilities/sites': () => json({ items: [site] }),
      [`GET /api/v1/facilities/sites/${siteId}`]: () => json({ ...site, buildings: [building] }),
      [route]: () => json(water, 201),
      [`GET /api/v1/facilities/outages/${water.id}`]: () => json(details),
      [`GET /api/v1/customers/${resident.id}`]: () => json(resident),
      [restore]: () => json({ ...water, inForce: false, restoredAt: '2026-12-06T08:00:00Z' }),
    });
    const { user } = renderApp('/facilities/outages');

    await user.click(await screen.findByRole('button', { name: /登记停水停电/ }));
    const drawer = await screen.findByRole('dialog');
    await user.click(within(drawer).getByRole('button', { name: '登记并通知' }));
    expect(await within(drawer).findByText('请填写此项')).toBeInTheDocument();
    expect(server.sentTo(route)).toHaveLength(0);

    await user.type(within(drawer).getByLabelText('标题'), '二次供水水箱清洗');
    await user.click(within(drawer).getByLabelText('小区'));
    await user.click(await screen.findByTitle('翠湖花园'));
    await user.click(within(drawer).getByLabelText('楼栋'));
    await user.click(await screen.findByTitle('3栋'));
    await user.type(within(drawer).getByLabelText('楼层'), '15{Enter}');
    await user.click(within(drawer).getByRole('button', { name: '登记并通知' }));

    expect(await screen.findByText('已登记，影响 2 户，正在发送短信通知')).toBeInTheDocument();
    expect(await server.sentTo(route)[0].json()).toMatchObject({
      kind: 'WaterCut', title: '二次供水水箱清洗', siteId: null, buildingIds: [], floors: [{ buildingId: building.id, floor: 15 }], unitIds: [], estimatedRestorationAt: null,
    });

    const detail = await screen.findByRole('dialog', { name: '二次供水水箱清洗' });
    await user.click(await within(detail).findByRole('button', { name: '已恢复' }));
    expect(server.sentTo(restore)).toHaveLength(0);
    await user.click(await screen.findByRole('button', { name: '确 定' }).catch(() => screen.getByRole('button', { name: '确定' })));

    await waitFor(() => expect(server.sentTo(restore)).toHaveLength(1));
    expect(await server.sentTo(restore)[0].json()).toEqual({ restoredAt: expect.stringMatching(/Z$/) });
  }, 30_000);
});

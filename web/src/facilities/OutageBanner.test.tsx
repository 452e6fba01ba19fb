import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { customer } from '../customers/fixtures';
import { fakeApi, json } from '../test/fakeApi';
import { renderApp } from '../test/renderApp';
import { ticketAgent } from '../tickets/fixtures';
import { building, floorUnit, frontDesk, unit } from './fixtures';
import { notice } from './inspectionFixtures';

const agent = { ...ticketAgent, permissions: [...ticketAgent.permissions, 'facilities:read' as const] };
const affectedUnit = unit();
const caller = customer({ unitIds: [affectedUnit.id] });

function intakeApi(noticesFor: (unitIds: string[]) => unknown[]) {
  return fakeApi({
    'GET /api/v1/auth/me': () => json(agent),
    'GET /api/v1/customers': () => json({ items: [caller], nextCursor: null }),
    'GET /api/v1/tickets': () => json({ items: [], nextCursor: null }),
    'POST /api/v1/sla/policies/evaluate': () =>
      json({ policy: { id: 'p1', name: '工单（标准）' }, explanation: '匹配：工单、标准', firstContactDueAt: '2099-11-23T04:00:00Z', resolutionDueAt: '2099-11-24T01:00:00Z' }),
    'GET /api/v1/facilities/notices/active': (request) => json({ items: noticesFor(new URL(request.url).searchParams.get('unitIds')?.split(',') ?? []) }),
  });
}

describe('the outage banner', () => {
  it('tells the agent taking a call of the outages in force, and loudly when the caller’s unit is affected', async () => {
    const server = intakeApi((unitIds) => [notice(unitIds.filter((id) => id === affectedUnit.id))]);
    const { user } = renderApp('/tickets/new');

    const banner = await screen.findByRole('region', { name: '停水停电通知' });
    expect(within(banner).getByText('当前有 1 项停水停电等事件，来电请告知')).toBeInTheDocument();
    expect(within(banner).getByText(/停水：二次供水水箱清洗 · 翠湖花园 3栋 15层/)).toBeInTheDocument();
    expect(within(banner).queryByText('该房屋正受以下事件影响，请告知来电人')).not.toBeInTheDocument();

    await user.type(screen.getByLabelText('来电号码'), '13812345678{Enter}');

    expect(await within(banner).findByText('该房屋正受以下事件影响，请告知来电人')).toBeInTheDocument();
    expect(new URL(server.sentTo('GET /api/v1/facilities/notices/active').at(-1)!.url).searchParams.get('unitIds')).toBe(affectedUnit.id);
  }, 30_000);

  it('shows nothing when no outage is in force', async () => {
    intakeApi(() => []);
    renderApp('/tickets/new');

    expect(await screen.findByLabelText('来电号码')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: '停水停电通知' })).not.toBeInTheDocument();
  });

  it('colours the floor grid’s units an outage affects', async () => {
    const spared = floorUnit({ id: '0190e000-0000-7000-8000-000000001503', number: '1503', fullNumber: '3-2-1503' });
    const server = fakeApi({
      'GET /api/v1/auth/me': () => json(frontDesk),
      [`GET /api/v1/facilities/buildings/${building.id}`]: () => json(building),
      [`GET /api/v1/facilities/buildings/${building.id}/floors/15/units`]: () => json({ items: [floorUnit(), spared] }),
      'GET /api/v1/facilities/notices/active': () => json({ items: [notice([floorUnit().id])] }),
    });
    renderApp(`/facilities/buildings/${building.id}`);

    expect(await screen.findByRole('link', { name: '3-2-1501 受停水停电等影响' })).toHaveAttribute('data-state', 'affected');
    expect(screen.getByRole('link', { name: '3-2-1503 空置' })).toHaveAttribute('data-state', 'vacant');
    expect(new URL(server.sentTo('GET /api/v1/facilities/notices/active')[0].url).searchParams.get('unitIds')).toBe(`${floorUnit().id},${spared.id}`);
  });
});

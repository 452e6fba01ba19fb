import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, json } from '../test/fakeApi';
import { renderApp } from '../test/renderApp';
import { daysFromNow, equipment, fieldTechnician, frontDesk } from './fixtures';
import type { Equipment, EquipmentWithDowntimes } from './types';

const expiring = equipment({ id: '0190e000-0000-7000-8000-000000009002', name: '1栋1单元电梯', certificateExpiresAt: daysFromNow(18) });
const lasting = equipment({ certificateExpiresAt: daysFromNow(300) });
const pump = equipment({ id: '0190e000-0000-7000-8000-000000009003', name: '生活水泵 1号', type: 'Pump', certificateNumber: null, certificateExpiresAt: null, status: 'Down' });

function detailApi(current: () => Equipment, more = {}) {
  return fakeApi({
    'GET /api/v1/auth/me': () => json(fieldTechnician),
    [`GET /api/v1/facilities/equipment/${current().id}`]: () => json({ equipment: current(), downtimes: [] } satisfies EquipmentWithDowntimes),
    ...more,
  });
}

describe('equipment', () => {
  it('lists the register with a warning on a certificate expiring within 30 days, and filters by it', async () => {
    const server = fakeApi({
      'GET /api/v1/auth/me': () => json(frontDesk),
      'GET /api/v1/facilities/equipment': (request) =>
        json({ items: new URL(request.url).searchParams.has('certificateExpiresWithinDays') ? [expiring] : [expiring, lasting, pump], nextCursor: null }),
    });
    const { user } = renderApp('/facilities/equipment');

    const soonRow = (await screen.findByRole('link', { name: '1栋1单元电梯' })).closest('tr') as HTMLElement;
    expect(within(soonRow).getByText('即将到期')).toBeInTheDocument();
    const laterRow = screen.getByRole('link', { name: '3栋1单元电梯' }).closest('tr') as HTMLElement;
    expect(within(laterRow).queryByText('即将到期')).not.toBeInTheDocument();
    const pumpRow = screen.getByRole('link', { name: '生活水泵 1号' }).closest('tr') as HTMLElement;
    expect(within(pumpRow).getByText('停用')).toBeInTheDocument();
    expect(within(pumpRow).getByText('无需证书')).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: '证书 30 天内到期' }));

    await waitFor(() => expect(screen.queryByRole('link', { name: '生活水泵 1号' })).not.toBeInTheDocument());
    expect(new URL(server.sentTo('GET /api/v1/facilities/equipment').at(-1)!.url).searchParams.get('certificateExpiresWithinDays')).toBe('30');
  });

  it('reports equipment down only with a reason', async () => {
    let current = lasting;
    const route = `POST /api/v1/facilities/equipment/${lasting.id}/status`;
    const server = detailApi(() => current, { [route]: () => ((current = { ...lasting, status: 'Down' }), json(current)) });
    const { user } = renderApp(`/facilities/equipment/${lasting.id}`);

    await user.click(await screen.findByRole('button', { name: '报停用' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: '报停用' }));
    expect(await within(dialog).findByText('请填写停用原因')).toBeInTheDocument();
    expect(server.sentTo(route)).toHaveLength(0);

    await user.type(within(dialog).getByLabelText('停用原因'), '困人故障');
    await user.click(within(dialog).getByRole('button', { name: '报停用' }));

    expect(await screen.findByText('3栋1单元电梯 已报停用')).toBeInTheDocument();
    expect(await server.sentTo(route)[0].json()).toEqual({ status: 'Down', reason: '困人故障' });
    expect(await screen.findByRole('button', { name: '恢复运行' })).toBeInTheDocument();
  });

  it('puts equipment back in service only once confirmed', async () => {
    const route = `POST /api/v1/facilities/equipment/${pump.id}/status`;
    const server = detailApi(() => pump, { [route]: () => json({ ...pump, status: 'Up' }) });
    const { user } = renderApp(`/facilities/equipment/${pump.id}`);

    await user.click(await screen.findByRole('button', { name: '恢复运行' }));
    expect(await screen.findByText('确认 生活水泵 1号 已恢复运行？')).toBeInTheDocument();
    expect(server.sentTo(route)).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: '确定' }));

    expect(await screen.findByText('生活水泵 1号 已恢复运行')).toBeInTheDocument();
    expect(await server.sentTo(route)[0].json()).toEqual({ status: 'Up' });
  });

  it('offers no status change to whoever may not report it', async () => {
    fakeApi({
      'GET /api/v1/auth/me': () => json(frontDesk),
      [`GET /api/v1/facilities/equipment/${expiring.id}`]: () => json({ equipment: expiring, downtimes: [] }),
    });
    renderApp(`/facilities/equipment/${expiring.id}`);

    expect(await screen.findByText('即将到期')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '报停用' })).not.toBeInTheDocument();
  });
});

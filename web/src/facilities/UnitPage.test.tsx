import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { customer } from '../customers/fixtures';
import { fakeApi, json, problem } from '../test/fakeApi';
import { renderApp } from '../test/renderApp';
import { frontDesk, unit } from './fixtures';
import type { Unit } from './types';

const wang = customer();
const owned = unit({
  vacant: false,
  occupants: [{ customerId: wang.id, role: 'Owner', movedInAt: '2025-05-01T01:00:00Z', movedOutAt: null }],
  history: [
    { customerId: wang.id, role: 'Owner', movedInAt: '2025-05-01T01:00:00Z', movedOutAt: null },
    { customerId: wang.id, role: 'Occupant', movedInAt: '2024-01-01T01:00:00Z', movedOutAt: '2025-01-01T01:00:00Z' },
  ],
  equipmentDown: [{ id: 'e1', name: '生活水泵 1号', type: 'Pump', downSince: '2026-12-06T01:00:00Z', reason: '电机过热跳闸' }],
});

function unitApi(current: () => Unit, more = {}) {
  return fakeApi({
    'GET /api/v1/auth/me': () => json(frontDesk),
    [`GET /api/v1/facilities/units/${current().id}`]: () => json(current()),
    [`GET /api/v1/customers/${wang.id}`]: () => json(wang),
    'GET /api/v1/customers': () => json({ items: [wang], nextCursor: null }),
    ...more,
  });
}

describe('unit page', () => {
  it('shows the address, the owner linked to their record, the history and the equipment down', async () => {
    unitApi(() => owned);
    renderApp(`/facilities/units/${owned.id}`);

    expect(await screen.findByText('翠湖花园 3栋 2单元 1502')).toBeInTheDocument();
    const holders = screen.getByText('业主与住户').closest('.ant-card') as HTMLElement;
    expect(await within(holders).findByRole('link', { name: '王建国' })).toHaveAttribute('href', `/customers/${wang.id}`);
    const history = screen.getByText('入住与迁出记录').closest('.ant-card') as HTMLElement;
    expect(within(history).getAllByRole('row')).toHaveLength(3);
    expect(screen.getByRole('link', { name: '生活水泵 1号' })).toBeInTheDocument();
    expect(screen.getByText(/电机过热跳闸/)).toBeInTheDocument();
  });

  it('asks for the customer and the date before a move in, and shows the server refusing it on the customer', async () => {
    const vacant = unit();
    const server = unitApi(() => vacant, {
      [`POST /api/v1/facilities/units/${vacant.id}/occupancy`]: () =>
        problem(409, 'This customer already holds this unit in this role; move them out first.'),
    });
    const { user } = renderApp(`/facilities/units/${vacant.id}`);

    expect(await screen.findByText('暂无业主或住户')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /办理入住/ }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: '确定' }));
    expect(await within(dialog).findByText('请选择客户')).toBeInTheDocument();
    expect(within(dialog).getByText('请选择入住日期')).toBeInTheDocument();
    expect(server.sentTo(`POST /api/v1/facilities/units/${vacant.id}/occupancy`)).toHaveLength(0);

    await user.type(within(dialog).getByLabelText('客户'), '王');
    await user.click(await screen.findByTitle('王建国（C000001）'));
    await user.click(within(dialog).getByLabelText('入住日期'));
    await user.type(within(dialog).getByLabelText('入住日期'), '2026-12-01{Enter}');
    await user.click(within(dialog).getByRole('button', { name: '确定' }));

    expect(await within(dialog).findByText(/already holds this unit/)).toBeInTheDocument();
    const sent = await server.sentTo(`POST /api/v1/facilities/units/${vacant.id}/occupancy`)[0].json();
    expect(sent).toMatchObject({ customerId: wang.id, role: 'Owner' });
    expect(sent.movedInAt).toMatch(/^2026-1[12]-\d\dT/);
  });

  it('moves a holder out on the date given', async () => {
    let current = owned;
    const server = unitApi(() => current, {
      [`POST /api/v1/facilities/units/${owned.id}/move-out`]: () => ((current = { ...owned, vacant: true, occupants: [] }), json(current)),
    });
    const { user } = renderApp(`/facilities/units/${owned.id}`);

    await user.click(await screen.findByRole('button', { name: '迁出' }));
    const dialog = await screen.findByRole('dialog');
    // The date is the dialog's only field: Enter sends it, as 确定 does.
    await user.type(within(dialog).getByLabelText('迁出日期'), '2026-12-05{Enter}');

    expect(await screen.findByText('已办理迁出')).toBeInTheDocument();
    const sent = server.sentTo(`POST /api/v1/facilities/units/${owned.id}/move-out`);
    expect(sent).toHaveLength(1);
    expect(await sent[0].json()).toMatchObject({ customerId: wang.id, movedOutAt: expect.stringMatching(/^2026-12-0[45]T/) });
    await waitFor(() => expect(screen.getByText('暂无业主或住户')).toBeInTheDocument());
  });
});

import { createEvent, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, json, problem, type Routes } from '../../test/fakeApi';
import { renderApp } from '../../test/renderApp';
import { ticket } from '../fixtures';
import { boardTicket, dispatcher, liuQiang, suggestion, zhaoLei } from './fixtures';

const waiting = boardTicket();
const assignPath = `POST /api/v1/tickets/${waiting.id}/assign`;

function boardApi(more: Routes = {}) {
  return fakeApi({
    'GET /api/v1/auth/me': () => json(dispatcher),
    'GET /api/v1/tickets/dispatch-board': () => json({ unassigned: [waiting], technicians: [liuQiang, zhaoLei] }),
    [`GET /api/v1/tickets/${waiting.id}/assignment-suggestions`]: () =>
      json({
        items: [
          suggestion(liuQiang, { sameTeam: true, reasons: [{ code: 'Skilled', category: 'Plumbing' }, { code: 'SameTeam', team: '工程部' }, { code: 'OpenJobs', count: 2 }] }),
          suggestion(zhaoLei, { rank: 2, skillMatch: false, reasons: [{ code: 'NotSkilled', category: 'Plumbing' }, { code: 'OpenJobs', count: 0 }] }),
        ],
      }),
    [assignPath]: () => json(ticket({ status: 'Assigned' })),
    ...more,
  });
}

/** Drags with the browser's own drag and drop: the payload travels in one DataTransfer. */
function drag(card: HTMLElement, target: HTMLElement) {
  const carried = new Map<string, string>();
  const dataTransfer = {
    get types() {
      return [...carried.keys()];
    },
    setData: (type: string, value: string) => void carried.set(type, value),
    getData: (type: string) => carried.get(type) ?? '',
    effectAllowed: 'all',
    dropEffect: 'move',
  };
  for (const [element, make] of [
    [card, createEvent.dragStart],
    [target, createEvent.dragOver],
    [target, createEvent.drop],
  ] as const) {
    const event = make(element);
    Object.defineProperty(event, 'dataTransfer', { value: dataTransfer });
    fireEvent(element, event);
  }
}

describe('dispatch board', () => {
  it('shows the waiting tickets and the technicians with their load', async () => {
    boardApi();
    renderApp('/tickets/dispatch');

    const card = await screen.findByLabelText('T-20261123-0042');
    for (const text of ['高', '给排水 · 王建国 · 3-2-1201', /按时 · 剩余/]) expect(within(card).getByText(text)).toBeInTheDocument();
    const liu = screen.getByRole('region', { name: '派给 刘强' });
    expect(within(liu).getByText('在办 2 单')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: '派给 赵磊' })).getByText('在办 0 单')).toBeInTheDocument();
    expect(screen.getByRole('menu')).toHaveTextContent('派工台');
  }, 40_000);

  it('dispatches a ticket dropped on a technician and reads the board again', async () => {
    const server = boardApi();
    renderApp('/tickets/dispatch');

    drag(await screen.findByLabelText('T-20261123-0042'), screen.getByRole('region', { name: '派给 刘强' }));

    expect(await screen.findByText('T-20261123-0042 已派给 刘强')).toBeInTheDocument();
    expect(await server.sentTo(assignPath)[0].json()).toEqual({ technicianId: liuQiang.id });
    expect(server.sentTo('GET /api/v1/tickets/dispatch-board').length).toBeGreaterThan(1);
  }, 40_000);

  it('shows why the server refused a dispatch', async () => {
    boardApi({ [assignPath]: () => problem(409, '工单状态为已办结，不能派工。') });
    renderApp('/tickets/dispatch');

    drag(await screen.findByLabelText('T-20261123-0042'), screen.getByRole('region', { name: '派给 赵磊' }));

    expect(await screen.findByText('工单状态为已办结，不能派工。')).toBeInTheDocument();
  }, 40_000);

  it('dispatches a crew chosen from the ranked suggestions, the first ticked leading', async () => {
    const server = boardApi();
    const { user } = renderApp('/tickets/dispatch');

    await user.click(await screen.findByRole('button', { name: '派工' }));
    const dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByText('同组（工程部）')).toBeInTheDocument();
    expect(within(dialog).getByText('擅长给排水')).toBeInTheDocument();
    expect(within(dialog).getByText('不擅长给排水')).toBeInTheDocument();
    expect(within(dialog).getByText('在办 2 单')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('checkbox', { name: /赵磊/ }));
    await user.click(within(dialog).getByRole('checkbox', { name: /刘强/ }));
    expect(within(dialog).getByText('负责人')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: '派工' }));

    await expect.poll(() => server.sentTo(assignPath).length).toBe(1);
    expect(await server.sentTo(assignPath)[0].json()).toEqual({ technicianIds: [zhaoLei.id, liuQiang.id] });
  }, 40_000);
});

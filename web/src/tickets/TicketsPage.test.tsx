import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, json } from '../test/fakeApi';
import { renderApp } from '../test/renderApp';
import { ticket, ticketAgent } from './fixtures';

const breached = ticket({
  technicianIds: ['0190a000-0000-7000-8000-000000000301'],
  sla: { ...ticket().sla, firstContactDueAt: '2026-01-01T00:00:00Z', firstContactBreached: true, escalationLevel: 1 },
});

function listApi(items = [breached]) {
  return fakeApi({
    'GET /api/v1/auth/me': () => json(ticketAgent),
    'GET /api/v1/tickets': () => json({ items, nextCursor: null }),
  });
}

describe('ticket list', () => {
  it('shows each ticket with its customer, status, crew, countdowns and escalation', async () => {
    listApi();
    renderApp('/tickets');

    const row = (await screen.findByText('T-20261123-0042')).closest('tr')!;
    for (const text of ['王建国', '13812345678', '给排水', '新建', '普通', '1', '一级 · 客服主管']) {
      expect(within(row).getByText(text)).toBeInTheDocument();
    }
    expect(within(row).getByText(/已超时 · 超时/)).toBeInTheDocument();
    expect(within(row).getAllByText(/按时 · 剩余/).length).toBeGreaterThan(0);
    expect(screen.getByRole('menu')).toHaveTextContent(/受理登记.*工单/);
  });

  it('sends the filters from the address and the search box to the server', async () => {
    const server = listApi();
    const { user } = renderApp('/tickets?status=New,Contacted&priority=Urgent&breached=true&unassigned=true');

    await user.type(await screen.findByRole('searchbox'), '13812345678{Enter}');
    await user.click(screen.getByRole('checkbox', { name: '今日待跟进' }));

    const query = new URL(server.sentTo('GET /api/v1/tickets').at(-1)!.url).searchParams;
    expect(Object.fromEntries(query)).toEqual({
      status: 'New,Contacted', priority: 'Urgent', breached: 'true', unassigned: 'true', followUpDue: 'true', search: '13812345678', limit: '50',
    });
  });

  it('says so when no ticket matches', async () => {
    listApi([]);
    renderApp('/tickets?category=Lift');

    expect(await screen.findByText('没有符合条件的工单')).toBeInTheDocument();
  });
});

import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, json } from '../test/fakeApi';
import { renderApp } from '../test/renderApp';
import { ticket, ticketAgent } from './fixtures';

const acknowledgedLateHandoff = ticket({
  sla: { ...ticket().sla, acknowledgementMet: true, handoffDueAt: '2026-01-01T01:00:00Z', handoffBreached: true },
});
const inspectionFinding = ticket({
  id: '0190a000-0000-7000-8000-0000000000a9',
  number: 'T-20261123-0043',
  channel: 'Internal',
  sla: { ...ticket().sla, acknowledgementDueAt: null },
});

describe('the acknowledgement and hand-off deadlines', () => {
  it('are listed beside each ticket: met, breached, or none for work no customer reported', async () => {
    fakeApi({
      'GET /api/v1/auth/me': () => json(ticketAgent),
      'GET /api/v1/tickets': () => json({ items: [acknowledgedLateHandoff, inspectionFinding], nextCursor: null }),
    });
    renderApp('/tickets');

    await screen.findByText('T-20261123-0043');
    const columns = screen.getAllByRole('columnheader').map((header) => header.textContent);
    const acknowledgement = columns.indexOf('受理确认');
    const handoff = columns.indexOf('转交部门');
    expect(acknowledgement).toBeGreaterThan(-1);
    const cells = (number: string) => within(screen.getByText(number).closest('tr')!).getAllByRole('cell');
    expect(cells('T-20261123-0042')[acknowledgement]).toHaveTextContent('已完成');
    expect(cells('T-20261123-0042')[handoff]).toHaveTextContent(/已超时 · 超时/);
    expect(cells('T-20261123-0043')[acknowledgement]).toHaveTextContent('');
    expect(cells('T-20261123-0043')[handoff]).toHaveTextContent(/按时 · 剩余/);
  }, 40_000);

  it('are shown on the ticket page with their marks', async () => {
    const path = `/api/v1/tickets/${acknowledgedLateHandoff.id}`;
    fakeApi({
      'GET /api/v1/auth/me': () => json(ticketAgent),
      [`GET ${path}`]: () => new Response(JSON.stringify(acknowledgedLateHandoff), { headers: { 'Content-Type': 'application/json', ETag: '"1"' } }),
      [`GET ${path}/contacts`]: () => json({ items: [] }),
      [`GET ${path}/timeline`]: () => json({ items: [] }),
      [`GET ${path}/extensions`]: () => json({ items: [] }),
    });
    renderApp(`/tickets/${acknowledgedLateHandoff.id}`);

    const deadlines = await screen.findByLabelText('时限');
    const item = (label: string) => within(deadlines).getByText(label).closest('.ant-descriptions-item')!;
    expect(item('受理确认')).toHaveTextContent('已完成');
    expect(item('转交部门')).toHaveTextContent(/已超时/);
  }, 40_000);
});

import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, json } from '../test/fakeApi';
import { renderApp } from '../test/renderApp';
import { complaint } from '../complaints/fixtures';
import { ticket, ticketAgent } from '../tickets/fixtures';
import { callback, callbackAgent } from './fixtures';

const resolved = ticket({ status: 'Reopened', allowedActions: [] });
const path = `/api/v1/tickets/${resolved.id}`;
const answered = callback({
  status: 'Done',
  satisfaction: 2,
  attempts: [
    { at: '2026-11-24T01:00:00Z', byId: callbackAgent.id, timeOfDay: 'Morning', outcome: 'Unreachable', satisfaction: null, comment: null },
    { at: '2026-11-24T06:30:00Z', byId: callbackAgent.id, timeOfDay: 'Afternoon', outcome: 'Reached', satisfaction: 2, comment: '下水管仍在滴水' },
  ],
  followUps: [{ kind: 'TicketReopened', itemId: resolved.id, number: resolved.number }],
});

describe('a ticket’s callbacks', () => {
  it('lists the callbacks following the ticket with their calls, score and what they changed', async () => {
    const server = fakeApi({
      'GET /api/v1/auth/me': () => json(callbackAgent),
      [`GET ${path}`]: () => json(resolved),
      [`GET ${path}/contacts`]: () => json({ items: [] }),
      [`GET ${path}/timeline`]: () => json({ items: [] }),
      'GET /api/v1/callbacks': () => json({ items: [answered], nextCursor: null }),
    });
    renderApp(`/tickets/${resolved.id}`);

    const card = (await screen.findByText('回访记录')).closest('.ant-card')! as HTMLElement;
    expect(await within(card).findByText('已回访')).toBeInTheDocument();
    expect(within(card).getByText('满意度 2 分')).toBeInTheDocument();
    expect(within(card).getByText(/下午 · 已联系上 · 满意度 2 分/)).toBeInTheDocument();
    expect(within(card).getByText('工单重开 T-20261123-0042')).toBeInTheDocument();
    expect(within(card).getByText(/上午 · 未联系上/)).toBeInTheDocument();
    expect(within(card).getByText('下水管仍在滴水')).toBeInTheDocument();
    expect(new URL(server.sentTo('GET /api/v1/callbacks')[0].url).searchParams.get('itemId')).toBe(resolved.id);
  }, 40_000);

  it('says so when the ticket has none', async () => {
    fakeApi({
      'GET /api/v1/auth/me': () => json(callbackAgent),
      [`GET ${path}`]: () => json(resolved),
      [`GET ${path}/contacts`]: () => json({ items: [] }),
      [`GET ${path}/timeline`]: () => json({ items: [] }),
      'GET /api/v1/callbacks': () => json({ items: [], nextCursor: null }),
    });
    renderApp(`/tickets/${resolved.id}`);

    expect(await screen.findByText('暂无回访')).toBeInTheDocument();
  }, 40_000);

  it('lists a complaint’s callbacks on its page too', async () => {
    const shown = complaint({ status: 'Resolved', allowedActions: ['close'] });
    const server = fakeApi({
      'GET /api/v1/auth/me': () => json({ ...callbackAgent, permissions: [...callbackAgent.permissions, 'complaints:read'] }),
      [`GET /api/v1/complaints/${shown.id}`]: () => new Response(JSON.stringify(shown), { headers: { 'Content-Type': 'application/json', ETag: '"4"' } }),
      [`GET /api/v1/complaints/${shown.id}/evidence`]: () => json({ items: [] }),
      'GET /api/v1/callbacks': () => json({ items: [callback({ itemType: 'Complaint', itemId: shown.id, status: 'Done', satisfaction: 5 })], nextCursor: null }),
    });
    renderApp(`/complaints/${shown.id}`);

    const card = (await screen.findByText('回访记录')).closest('.ant-card')! as HTMLElement;
    expect(await within(card).findByText('满意度 5 分')).toBeInTheDocument();
    expect(new URL(server.sentTo('GET /api/v1/callbacks')[0].url).searchParams.get('itemId')).toBe(shown.id);
  }, 40_000);

  it('is not shown, nor asked for, to a user who may not read callbacks', async () => {
    const server = fakeApi({
      'GET /api/v1/auth/me': () => json(ticketAgent),
      [`GET ${path}`]: () => json(resolved),
      [`GET ${path}/contacts`]: () => json({ items: [] }),
      [`GET ${path}/timeline`]: () => json({ items: [] }),
    });
    renderApp(`/tickets/${resolved.id}`);

    expect(await screen.findByText('联系记录')).toBeInTheDocument();
    expect(screen.queryByText('回访记录')).not.toBeInTheDocument();
    expect(server.sentTo('GET /api/v1/callbacks')).toHaveLength(0);
  }, 40_000);
});

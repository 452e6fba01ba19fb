import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useParams } from 'react-router-dom';
import { expect, it } from 'vitest';
import { saveSession } from '../api/session';
import { App } from '../app/App';
import { createQueryClient } from '../app/queryClient';
import { fakeApi, json } from '../test/fakeApi';
import { DeskInboxProvider } from './DeskInbox';
import type { DeskConnection } from './deskConnection';
import { InboxBell } from './InboxBell';
import type { InboxLine } from './inboxFeed';
import { line } from './fixtures';

/** A connection the test drives: it pushes lines and reports (re)connections when told. */
function fakeConnection() {
  let push: (line: InboxLine) => void = () => {};
  let connected: () => void = () => {};
  const connection: DeskConnection = {
    onPush: (handler) => void (push = handler),
    onConnected: (handler) => void (connected = handler),
    start: () => {},
    stop: async () => {},
  };
  return { connection, push: (l: InboxLine) => act(() => push(l)), reconnect: () => act(() => connected()) };
}

function TicketPage() {
  return <p>ticket page {useParams().id}</p>;
}

function renderBell(lines: InboxLine[]) {
  saveSession({ accessToken: 'access-1' });
  const server = fakeApi({
    'GET /api/v1/me/inbox': (request) => {
      const after = new URL(request.url).searchParams.get('after');
      const items = after === null ? lines : lines.filter((l) => l.sequence > Number(after));
      return json({ items, unreadCount: lines.filter((l) => !l.readAt).length, hasMore: false });
    },
    'POST /api/v1/me/inbox/read': () => json({ marked: 1, unreadCount: lines.filter((l) => !l.readAt).length - 1 }),
  });
  const fake = fakeConnection();
  render(
    <App queryClient={createQueryClient()}>
      <MemoryRouter initialEntries={['/']}>
        <DeskInboxProvider connect={() => fake.connection}>
          <InboxBell />
          <Routes>
            <Route path="/" element={<p>home</p>} />
            <Route path="/tickets/:id" element={<TicketPage />} />
          </Routes>
        </DeskInboxProvider>
      </MemoryRouter>
    </App>,
  );
  return { server, fake, user: userEvent.setup() };
}

it('shows the unread count, lists the inbox newest first, and a click marks the line read and opens its ticket', async () => {
  const { server, user } = renderBell([line(1, { readAt: '2026-12-06T08:30:00Z' }), line(2, { code: 'inbox.escalated', kind: 'Escalation', args: { level: '1', metric: 'Resolution' } })]);

  const bell = await screen.findByRole('button', { name: '收件箱，1 条未读' });
  await user.click(bell);
  const drawer = await screen.findByRole('dialog');
  const items = within(drawer).getAllByRole('listitem');
  expect(items.map((item) => item.getAttribute('aria-label'))).toEqual(['已上报至您（第 1 级）：处理完成超时', '有新的派工给您']);

  await user.click(items[0]);

  expect(await screen.findByText('ticket page ticket-2')).toBeInTheDocument();
  const [read] = server.sentTo('POST /api/v1/me/inbox/read');
  expect(await read.json()).toEqual({ ids: ['line-2'] });
  expect(await screen.findByRole('button', { name: '收件箱，0 条未读' })).toBeInTheDocument();
});

it('counts a pushed line and toasts an urgent one', async () => {
  const { fake } = renderBell([line(1)]);
  await screen.findByRole('button', { name: '收件箱，1 条未读' });

  fake.push(line(2, { kind: 'Outage', code: 'inbox.outageStarted', args: { title: '3 号楼停水' }, urgent: true }));

  expect(await screen.findByRole('button', { name: '收件箱，2 条未读' })).toBeInTheDocument();
  expect(await screen.findByText('停水停电等事件：3 号楼停水')).toBeInTheDocument();
});

it('toasts the first emergency page to an empty inbox, its category in words', async () => {
  const { fake } = renderBell([]);
  await screen.findByRole('button', { name: '收件箱，0 条未读' });

  fake.push(line(1, { kind: 'Emergency', code: 'inbox.emergencyPaged', args: { number: 'T-20261207-0001', category: 'LiftEntrapment' }, urgent: true }));

  expect(await screen.findByText('紧急事件，请立即处理：电梯困人，工单 T-20261207-0001')).toBeInTheDocument();
  expect(await screen.findByRole('button', { name: '收件箱，1 条未读' })).toBeInTheDocument();
});

it('catches up after the last line seen on reconnecting and when the page becomes visible again', async () => {
  const { server, fake } = renderBell([line(1)]);
  await screen.findByRole('button', { name: '收件箱，1 条未读' });

  fake.reconnect();
  await act(async () => {
    document.dispatchEvent(new Event('visibilitychange'));
  });

  await screen.findByRole('button', { name: '收件箱，1 条未读' });
  const afters = server.sentTo('GET /api/v1/me/inbox').map((r) => new URL(r.url).searchParams.get('after'));
  expect(afters).toEqual([null, '1', '1']);
});

import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, json, problem } from '../../test/fakeApi';
import { supervisor } from '../../test/fixtures';
import { renderApp } from '../../test/renderApp';
import { ticket, ticketAgent } from '../../tickets/fixtures';
import type { Extension } from './api';

const open = ticket({ status: 'Contacted' });
const path = `/api/v1/tickets/${open.id}`;
const handler = { ...ticketAgent, permissions: [...ticketAgent.permissions, 'sla:extend' as const] };
const approver = { ...supervisor, permissions: [...supervisor.permissions, 'sla:approve-ticket-extensions' as const] };

const waiting: Extension = {
  id: '0190a000-0000-7000-8000-0000000000f1',
  itemType: 'Ticket',
  itemId: open.id,
  reason: '电梯主板需返厂维修，配件三天后到货',
  dueAtWhenAsked: '2099-11-24T01:00:00Z',
  newDueAt: '2099-11-27T01:00:00Z',
  state: 'Requested',
  requestedBy: `staff:${ticketAgent.id}`,
  requestedAt: '2026-11-23T02:00:00Z',
  decidedBy: null,
  decidedAt: null,
  note: null,
};

function ticketApi(user: typeof handler, extensions: Extension[] = []) {
  return fakeApi({
    'GET /api/v1/auth/me': () => json(user),
    [`GET ${path}`]: () => new Response(JSON.stringify(open), { headers: { 'Content-Type': 'application/json', ETag: '"3"' } }),
    [`GET ${path}/contacts`]: () => json({ items: [] }),
    [`GET ${path}/timeline`]: () => json({ items: [] }),
    [`GET ${path}/extensions`]: () => json({ items: extensions }),
    [`POST ${path}/extensions`]: () => problem(400, 'One or more fields are invalid.', { newDueAt: ['新的完成时间须晚于当前时限'] }),
    [`POST ${path}/escalate`]: () => json({}),
  });
}

describe('deadline extensions', () => {
  it('asks for an extension with a reason and shows the server’s refusal under the new due time', async () => {
    const server = ticketApi(handler);
    const { user } = renderApp(`/tickets/${open.id}`);

    await user.click(await screen.findByRole('button', { name: '申请延期' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('新的完成时间'), '2099-11-30 10:00{Enter}');
    await user.type(within(dialog).getByLabelText('延期原因'), '需等待业主出差回来确认');
    await user.click(within(dialog).getByRole('button', { name: '提交申请' }));

    expect(await within(dialog).findByText('新的完成时间须晚于当前时限')).toBeInTheDocument();
    const [sent] = server.sentTo(`POST ${path}/extensions`);
    expect(await sent.json()).toMatchObject({ reason: '需等待业主出差回来确认', newDueAt: expect.stringMatching(/^2099-11-30T/) });
  }, 40_000);

  it('shows a waiting request on the case and offers the decision only to its approver', async () => {
    ticketApi(handler, [waiting]);
    renderApp(`/tickets/${open.id}`);

    expect(await screen.findByText(waiting.reason)).toBeInTheDocument();
    expect(screen.getByText('待审批')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '申请延期' })).toBeDisabled();
    expect(screen.queryByRole('button', { name: '批准' })).not.toBeInTheDocument();
  }, 40_000);

  it('lets a supervisor approve from the queue with a note', async () => {
    const server = fakeApi({
      'GET /api/v1/auth/me': () => json(approver),
      'GET /api/v1/sla/extensions': () => json({ items: [waiting] }),
      [`POST ${path}/extensions/${waiting.id}/approve`]: () => json({ ...waiting, state: 'Approved' }),
    });
    const { user } = renderApp('/sla/extensions');

    const row = (await screen.findByText(waiting.reason)).closest('tr')!;
    await user.click(within(row).getByRole('button', { name: '批准' }));
    await user.type(await screen.findByPlaceholderText('审批意见（选填）'), '同意，请及时告知业主');
    await user.click(screen.getByRole('button', { name: /确\s*定|OK/ }));

    expect(await screen.findByText('已批准延期')).toBeInTheDocument();
    const [sent] = server.sentTo(`POST ${path}/extensions/${waiting.id}/approve`);
    expect(await sent.json()).toEqual({ note: '同意，请及时告知业主' });
  }, 40_000);
});

describe('manual escalation', () => {
  it('escalates straight to a higher level with a reason, offering only levels above the current one', async () => {
    const server = ticketApi(handler);
    const { user } = renderApp(`/tickets/${open.id}`);

    await user.click(await screen.findByRole('button', { name: /手动升级/ }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByLabelText('升级到'));
    await user.click(await screen.findByText('三级 · 总经理'));
    await user.type(within(dialog).getByLabelText('升级原因'), '电梯困人，业主情绪激动');
    await user.click(within(dialog).getByRole('button', { name: '升级' }));

    await screen.findByText('已升级到三级 · 总经理');
    const [sent] = server.sentTo(`POST ${path}/escalate`);
    expect(await sent.json()).toEqual({ level: 3, reason: '电梯困人，业主情绪激动' });
  }, 40_000);
});

import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeApi, json, problem, type Routes } from '../test/fakeApi';
import { renderApp } from '../test/renderApp';
import { ticket, ticketAgent, wang } from './fixtures';

const saved = ticket();

function intakeApi(more: Routes = {}) {
  return fakeApi({
    'GET /api/v1/auth/me': () => json(ticketAgent),
    'GET /api/v1/customers': () => json({ items: [wang], nextCursor: null }),
    'GET /api/v1/tickets': () => json({ items: [ticket({ number: 'T-20261120-0007', description: '门禁卡失效' })], nextCursor: null }),
    'POST /api/v1/sla/policies/evaluate': () =>
      json({ policy: { id: 'p1', name: '工单（标准）' }, explanation: '匹配：工单、标准', firstContactDueAt: '2099-11-23T04:00:00Z', resolutionDueAt: '2099-11-24T01:00:00Z' }),
    [`GET /api/v1/tickets/${saved.id}`]: () => new Response(JSON.stringify(saved), { headers: { 'Content-Type': 'application/json', ETag: '"1"' } }),
    [`GET /api/v1/tickets/${saved.id}/contacts`]: () => json({ items: [] }),
    [`GET /api/v1/tickets/${saved.id}/timeline`]: () => json({ items: [] }),
    ...more,
  });
}

/** Finds 王建国 by phone (the only match, so picked at once) and fills in a plumbing repair. */
async function takeInARepair(user: UserEvent) {
  await user.type(await screen.findByLabelText('来电号码'), '13812345678{Enter}');
  await screen.findByText('已选择');
  await user.click(screen.getByRole('radio', { name: '报修' }));
  await user.click(screen.getByLabelText('类别'));
  await user.click((await screen.findAllByTitle('给排水')).at(-1)!);
  await user.type(screen.getByLabelText('事项描述'), '厨房水管漏水');
}

describe('ticket intake', () => {
  it('finds the caller by phone, shows their open tickets and the deadlines the ticket will get', async () => {
    const server = intakeApi();
    const { user } = renderApp('/tickets/new');

    const phone = await screen.findByLabelText('来电号码');
    expect(phone).toHaveFocus();
    await user.type(phone, '13812345678{Enter}');

    expect(await screen.findByText('T-20261120-0007')).toBeInTheDocument();
    expect(screen.getByText('未办结工单 1 张')).toBeInTheDocument();
    expect(await screen.findByText('已选择')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '咨询' })).toHaveFocus();
    const preview = await screen.findByLabelText('将适用的时限');
    expect(await within(preview).findByText('工单（标准）')).toBeInTheDocument();

    expect(new URL(server.sentTo('GET /api/v1/customers')[0].url).searchParams.get('search')).toBe('13812345678');
    const openQuery = new URL(server.sentTo('GET /api/v1/tickets')[0].url).searchParams;
    expect(openQuery.get('customerId')).toBe(wang.id);
    expect(openQuery.get('status')).toBe('New,Contacted,Assigned,Scheduled,InProgress,Pending,Reopened');
    expect(await server.sentTo('POST /api/v1/sla/policies/evaluate').at(-1)!.json()).toEqual({
      workType: 'Ticket', complexity: 'Standard', category: null, customerTier: 2, vip: false,
    });
  }, 40_000);

  it('offers to register a customer when no one has the phone', async () => {
    intakeApi({ 'GET /api/v1/customers': () => json({ items: [], nextCursor: null }) });
    const { user } = renderApp('/tickets/new');

    await user.type(await screen.findByLabelText('来电号码'), '13900000000{Enter}');

    expect(await screen.findByText('没有找到该号码的客户')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /登记新客户/ }));
    expect(await screen.findByText('新增客户', { selector: '.ant-drawer-title' })).toBeInTheDocument();
  }, 40_000);

  it('puts the server’s field errors beside their fields', async () => {
    const server = intakeApi({
      'POST /api/v1/tickets': () => problem(400, 'One or more validation errors occurred.', { description: ['描述过于简单'], unitId: ['没有这个房号'] }),
    });
    const { user } = renderApp('/tickets/new');
    await takeInARepair(user);
    await user.type(screen.getByLabelText('房号'), '99-9-9999');
    await user.click(screen.getByRole('button', { name: /保存工单/ }));

    expect(await screen.findByText('描述过于简单')).toBeInTheDocument();
    expect(screen.getByText('没有这个房号')).toBeInTheDocument();
    expect(await server.sentTo('POST /api/v1/tickets')[0].json()).toEqual({
      kind: 'Repair', channel: 'Phone', customerId: wang.id, category: 'Plumbing', description: '厨房水管漏水',
      complexity: 'Standard', unitId: '99-9-9999', chargeable: false,
    });
  }, 40_000);

  it('sends the same Idempotency-Key when the same submission is retried, then opens the ticket', async () => {
    let attempts = 0;
    const server = intakeApi({
      'POST /api/v1/tickets': () => (++attempts === 1 ? problem(503, '服务暂不可用') : json(saved, 201)),
    });
    const { user } = renderApp('/tickets/new');
    await takeInARepair(user);

    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(await screen.findByText('服务暂不可用')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /保存工单/ }));

    expect(await screen.findByText('已受理 T-20261123-0042')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: /T-20261123-0042/ })).toBeInTheDocument();
    const [first, retry] = server.sentTo('POST /api/v1/tickets').map((request) => request.headers.get('Idempotency-Key'));
    expect(first).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(retry).toBe(first);
  }, 40_000);
});

import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeApi, json, problem, type Routes } from '../test/fakeApi';
import { renderApp } from '../test/renderApp';
import { ticket, wang } from '../tickets/fixtures';
import { complaint, complaintAgent } from './fixtures';

const saved = complaint();
const versioned = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json', ETag: '"1"' } });

function intakeApi(more: Routes = {}) {
  return fakeApi({
    'GET /api/v1/auth/me': () => json(complaintAgent),
    'GET /api/v1/customers': () => json({ items: [wang], nextCursor: null }),
    'GET /api/v1/tickets': () => json({ items: [], nextCursor: null }),
    'POST /api/v1/complaints': () => json(saved, 201),
    [`GET /api/v1/complaints/${saved.id}`]: () => versioned(saved),
    ...more,
  });
}

/** Finds 王建国 by phone and fills in a maintenance complaint against the engineering department affecting six households. */
async function takeInAComplaint(user: UserEvent) {
  await user.type(await screen.findByLabelText('来电号码'), '13812345678{Enter}');
  await screen.findByText('已选择');
  await user.click(screen.getByLabelText('投诉类别'));
  await user.click((await screen.findAllByTitle('维修')).at(-1)!);
  await user.type(screen.getByLabelText('被投诉部门'), '工程部');
  await user.type(screen.getByLabelText('投诉内容'), '电梯维修三次仍未修好');
  const households = screen.getByLabelText('涉及户数');
  await user.clear(households);
  await user.type(households, '6');
}

describe('complaint intake', () => {
  it('registers the complaint with an Idempotency-Key and opens it with its severity and the rule behind it', async () => {
    const server = intakeApi();
    const { user } = renderApp('/complaints/new');

    await takeInAComplaint(user);
    await user.click(screen.getByRole('button', { name: /保存投诉/ }));

    expect(await screen.findByText('涉及 6 户（5 至 9 户）：重要投诉')).toBeInTheDocument();
    expect(screen.getByText('负责人：客服经理')).toBeInTheDocument();
    const [sent] = server.sentTo('POST /api/v1/complaints');
    expect(sent.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await sent.json()).toEqual({
      customerId: wang.id, channel: 'Phone', source: 'Direct', category: 'Maintenance', description: '电梯维修三次仍未修好',
      targetKind: 'Department', targetDepartment: '工程部', householdsAffected: 6, lawsuitOrMedia: false, injuryOrHeavyLoss: false,
      unitId: wang.unitIds[0],
    });
  }, 40_000);

  it('lists the open complaints on 409 open_complaint_exists and registers the same matter as a repeat', async () => {
    const open = { id: '0190f000-0000-7000-8000-000000000009', number: 'C-20261201-0003', status: 'Investigated', severity: 'General', createdAt: '2026-12-01T02:00:00Z' };
    const server = intakeApi({
      'POST /api/v1/complaints': async (request) =>
        (await request.json()).sameMatterAs
          ? json({ ...saved, repeatCount: 1 })
          : new Response(JSON.stringify({ status: 409, title: 'Conflict', detail: '已有未办结的投诉', openComplaints: [open] }), {
              status: 409, headers: { 'Content-Type': 'application/problem+json' },
            }),
    });
    const { user } = renderApp('/complaints/new');

    await takeInAComplaint(user);
    await user.click(screen.getByRole('button', { name: /保存投诉/ }));

    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('C-20261201-0003')).toBeInTheDocument();
    expect(within(dialog).getByText('一般投诉')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: '同一事项' }));

    expect(await screen.findByText(`已按同一事项计入 ${saved.number}（第 2 次投诉）`)).toBeInTheDocument();
    const sent = server.sentTo('POST /api/v1/complaints');
    expect(sent).toHaveLength(2);
    expect((await sent[1].json()).sameMatterAs).toBe(open.id);
    expect(sent[1].headers.get('Idempotency-Key')).not.toBe(sent[0].headers.get('Idempotency-Key'));
  }, 40_000);

  it('registers a new complaint when the agent says it is not the same matter', async () => {
    let calls = 0;
    const server = intakeApi({
      'POST /api/v1/complaints': () =>
        ++calls === 1
          ? new Response(JSON.stringify({ status: 409, detail: '已有未办结的投诉', openComplaints: [{ id: 'x', number: 'C-20261201-0003', status: 'Registered', severity: 'General', createdAt: '2026-12-01T02:00:00Z' }] }), {
              status: 409, headers: { 'Content-Type': 'application/problem+json' },
            })
          : json(saved, 201),
    });
    const { user } = renderApp('/complaints/new');

    await takeInAComplaint(user);
    await user.click(screen.getByRole('button', { name: /保存投诉/ }));
    await user.click(await screen.findByRole('button', { name: '不是同一事项，另行登记' }));

    expect(await screen.findByText(`已登记投诉 ${saved.number}：重要投诉`)).toBeInTheDocument();
    expect((await server.sentTo('POST /api/v1/complaints')[1].json()).notSameMatter).toBe(true);
  }, 40_000);

  it('puts the server’s field errors beside their fields', async () => {
    intakeApi({ 'POST /api/v1/complaints': () => problem(400, 'One or more validation errors occurred.', { targetDepartment: ['部门名称过长'] }) });
    const { user } = renderApp('/complaints/new');

    await takeInAComplaint(user);
    await user.click(screen.getByRole('button', { name: /保存投诉/ }));

    expect(await screen.findByText('部门名称过长')).toBeInTheDocument();
  }, 40_000);

  it('turns a ticket into a complaint: the ticket’s customer and description are filled in and its id is sent', async () => {
    const open = ticket({ status: 'Contacted' });
    const server = intakeApi({
      [`GET /api/v1/tickets/${open.id}`]: () => versioned(open),
      [`GET /api/v1/customers/${wang.id}`]: () => versioned(wang),
    });
    const { user } = renderApp(`/complaints/new?ticket=${open.id}`);

    expect(await screen.findByText(`由工单 ${open.number} 转为投诉：保存后该工单以“已转投诉”取消`)).toBeInTheDocument();
    expect(await screen.findByDisplayValue(open.description)).toBeInTheDocument();
    await user.click(screen.getByLabelText('投诉类别'));
    await user.click((await screen.findAllByTitle('维修')).at(-1)!);
    await user.type(screen.getByLabelText('被投诉部门'), '工程部');
    await user.click(screen.getByRole('button', { name: /保存投诉/ }));

    await screen.findByText('涉及 6 户（5 至 9 户）：重要投诉');
    const body = await server.sentTo('POST /api/v1/complaints')[0].json();
    expect(body).toMatchObject({ customerId: wang.id, ticketId: open.id, description: open.description });
  }, 40_000);

  it('offers 转为投诉 on an open ticket’s page and opens the intake for it', async () => {
    const open = ticket({ status: 'Contacted' });
    intakeApi({
      [`GET /api/v1/tickets/${open.id}`]: () => versioned(open),
      [`GET /api/v1/tickets/${open.id}/contacts`]: () => json({ items: [] }),
      [`GET /api/v1/tickets/${open.id}/timeline`]: () => json({ items: [] }),
      [`GET /api/v1/customers/${wang.id}`]: () => versioned(wang),
    });
    const { user } = renderApp(`/tickets/${open.id}`);

    await user.click(await screen.findByRole('button', { name: /转为投诉/ }));

    expect(await screen.findByText(`由工单 ${open.number} 转为投诉：保存后该工单以“已转投诉”取消`)).toBeInTheDocument();
  }, 40_000);
});

import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeApi, json, problem, type Routes } from '../test/fakeApi';
import { renderApp } from '../test/renderApp';
import { ticket, ticketAgent, timelineItem } from './fixtures';

const contacted = ticket({ status: 'Contacted', allowedActions: ['contact', 'assign', 'pend', 'resolve', 'cancel'] });
const path = `/api/v1/tickets/${contacted.id}`;

function detailApi(more: Routes = {}) {
  return fakeApi({
    'GET /api/v1/auth/me': () => json(ticketAgent),
    [`GET ${path}`]: () => new Response(JSON.stringify(contacted), { headers: { 'Content-Type': 'application/json', ETag: '"7"' } }),
    [`GET ${path}/contacts`]: () =>
      json({ items: [{ id: 'c1', ticketId: contacted.id, at: '2026-11-23T01:30:00Z', method: 'Phone', outcome: 'Reached', handlerId: null, handlerName: '李娜', note: '约好下午上门', smsMessageId: null, warnings: [] }] }),
    [`GET ${path}/timeline`]: () =>
      json({
        items: [
          timelineItem(),
          timelineItem({ at: '2026-11-23T01:30:00Z', kind: 'ContactLogged', fromStatus: 'New', toStatus: 'Contacted', detail: 'Phone · Reached: 约好下午上门' }),
          timelineItem({
            at: '2026-11-23T02:00:00Z', kind: 'Assigned', fromStatus: null, toStatus: null, detail: 'Wang Jianguo', code: 'assigned',
            args: { technicians: '王建国', technicianIds: '0190a000-0000-7000-8000-000000000201' },
          }),
          timelineItem({ at: '2026-11-24T01:00:00Z', source: 'clock', kind: null, clockEvent: 'Breached', metric: 'Resolution', actor: 'system', actorName: 'SLA', toStatus: null, detail: 'due passed', escalationLevel: 1 }),
        ],
      }),
    ...more,
  });
}

async function pendWaitingForParts(user: UserEvent) {
    await user.click(await screen.findByRole('button', { name: '挂起' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('原因'), '等待配件');
    await user.click(within(dialog).getByRole('button', { name: '挂起' }));
}

describe('ticket detail', () => {
  it('offers only the transitions the ticket allows, and shows its contacts and timeline', async () => {
    detailApi();
    renderApp(`/tickets/${contacted.id}`);

    expect(await screen.findByRole('heading', { name: /T-20261123-0042/ })).toBeInTheDocument();
    for (const allowed of ['挂起', '办结', '取消工单']) expect(screen.getByRole('button', { name: allowed })).toBeInTheDocument();
    for (const refused of ['开始处理', '恢复处理', '关闭', '重新打开']) expect(screen.queryByRole('button', { name: refused })).not.toBeInTheDocument();
    expect(screen.getByText('工单（标准）')).toBeInTheDocument();

    expect(await screen.findByText('联系记录 · 新建 → 已联系')).toBeInTheDocument();
    expect(screen.getByText('报修 · 来电 · 给排水：厨房水管漏水')).toBeInTheDocument();
    expect(screen.getByText('电话 · 已联系上：约好下午上门')).toBeInTheDocument();
    expect(screen.getByText('派给 王建国')).toBeInTheDocument();
    const breach = screen.getByText('处理完成 · 超时 · 升级至一级 · 客服主管');
    expect(breach.closest('.ant-typography-danger')).not.toBeNull();
    expect(screen.getByText('李娜 · 2026/11/23 09:30')).toBeInTheDocument();
    const contactRow = screen.getAllByText('约好下午上门').map((cell) => cell.closest('tr')).find(Boolean)!;
    expect(within(contactRow).getByText('已联系上')).toBeInTheDocument();
  }, 40_000);

  it('shows why the server refused a transition and reads the ticket again', async () => {
    const server = detailApi({
      [`POST ${path}/pend`]: () => problem(409, '工单状态为已关闭，不能挂起。'),
    });
    const { user } = renderApp(`/tickets/${contacted.id}`);

    await pendWaitingForParts(user);

    expect(await screen.findByText('工单状态为已关闭，不能挂起。')).toBeInTheDocument();
    const [sent] = server.sentTo(`POST ${path}/pend`);
    expect(sent.headers.get('If-Match')).toBe('"7"');
    expect(await sent.json()).toEqual({ reason: '等待配件' });
    expect(server.sentTo(`GET ${path}`).length).toBeGreaterThan(1);
  }, 40_000);

  it('says someone else changed the ticket when the ETag is stale', async () => {
    detailApi({ [`POST ${path}/pend`]: () => problem(412, 'stale') });
    const { user } = renderApp(`/tickets/${contacted.id}`);

    await pendWaitingForParts(user);

    expect(await screen.findByText('该工单已被他人修改，已为您刷新，请确认后重试。')).toBeInTheDocument();
  }, 40_000);

  it('logs a contact with how, the outcome and what the customer said', async () => {
    const server = detailApi({
      [`POST ${path}/contacts`]: () => json({ id: 'c2', ticketId: contacted.id, at: '2026-11-23T02:00:00Z', method: 'OnSite', outcome: 'Reached', handlerName: '李娜', note: '已上门查看' }, 201),
    });
    const { user } = renderApp(`/tickets/${contacted.id}`);

    await user.click(await screen.findByLabelText('处理方式'));
    await user.click((await screen.findAllByTitle('上门')).at(-1)!);
    await user.type(screen.getByLabelText('业主回复的具体内容'), '已上门查看');
    await user.click(screen.getByRole('button', { name: '保存联系记录' }));

    expect(await screen.findByText('已登记联系')).toBeInTheDocument();
    expect(await server.sentTo(`POST ${path}/contacts`)[0].json()).toEqual({ method: 'OnSite', outcome: 'Reached', note: '已上门查看' });
  }, 40_000);
});

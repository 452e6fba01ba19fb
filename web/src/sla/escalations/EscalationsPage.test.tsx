import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, json } from '../../test/fakeApi';
import { agent, manager, supervisor } from '../../test/fixtures';
import { renderApp } from '../../test/renderApp';
import { escalation } from '../../test/slaFixtures';

const overdue = escalation();
const later = escalation({ id: '0190a000-0000-7000-8000-0000000000e2', itemType: 'Ticket', metric: 'FirstContact', policyName: '标准工单' });

describe('escalation queue', () => {
  afterEach(() => vi.useRealTimers());

  it('lists the open escalations of the caller’s level with how long they are overdue', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-23T01:00:00Z'));
    fakeApi({ 'GET /api/v1/auth/me': () => json(manager), 'GET /api/v1/sla/escalations': () => json({ items: [overdue] }) });
    renderApp('/sla/escalations');

    const row = (await screen.findByText('重大投诉')).closest('tr')!;
    for (const text of ['投诉', '3f2a9c41', '处理完成', '二级 · 客服经理', '2026/11/23 08:25', '2026/11/23 08:26', '已超时 · 超时 35分']) {
      expect(within(row).getByText(text)).toBeInTheDocument();
    }
  });

  it('takes an escalation up: it leaves the queue at once', async () => {
    let answer: (response: Response) => void = () => {};
    let remaining = [overdue, later];
    const server = fakeApi({
      'GET /api/v1/auth/me': () => json(supervisor),
      'GET /api/v1/sla/escalations': () => json({ items: remaining }),
      [`POST /api/v1/sla/escalations/${overdue.id}/acknowledge`]: () => new Promise<Response>((resolve) => (answer = resolve)),
    });
    const { user } = renderApp('/sla/escalations');

    await user.click(within((await screen.findByText('重大投诉')).closest('tr')!).getByRole('button', { name: /受理/ }));

    expect(screen.queryByText('重大投诉')).not.toBeInTheDocument();
    expect(screen.getByText('标准工单')).toBeInTheDocument();
    const ticketRow = screen.getByText('标准工单').closest('tr')!;
    expect(within(ticketRow).getByRole('link')).toHaveAttribute('href', `/tickets/${later.itemId}`);
    remaining = [later];
    answer(new Response(null, { status: 204 }));
    expect(await screen.findByText('已受理')).toBeInTheDocument();
    expect(server.sentTo(`POST /api/v1/sla/escalations/${overdue.id}/acknowledge`)).toHaveLength(1);
  });

  it('says when there is nothing to take up, and looks again every 30 seconds', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    let items = [] as (typeof overdue)[];
    const server = fakeApi({ 'GET /api/v1/auth/me': () => json(supervisor), 'GET /api/v1/sla/escalations': () => json({ items }) });
    renderApp('/sla/escalations');

    expect(await screen.findByText('暂无升级事项')).toBeInTheDocument();
    items = [overdue];
    await act(() => vi.advanceTimersByTimeAsync(30_000));

    expect(await screen.findByText('重大投诉')).toBeInTheDocument();
    expect(server.sentTo('GET /api/v1/sla/escalations').length).toBeGreaterThanOrEqual(2);
  });

  it('is offered only to those who answer for an escalation level', async () => {
    fakeApi({ 'GET /api/v1/auth/me': () => json(agent) });
    renderApp('/sla/escalations');

    expect(await screen.findByText('抱歉，您没有访问此页面的权限。')).toBeInTheDocument();
    expect(screen.queryByRole('menuitem', { name: /升级事项/ })).not.toBeInTheDocument();
  });
});

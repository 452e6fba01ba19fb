import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CurrentUser, SlaPolicy } from '../../api/types';
import { fakeApi, json, problem, type Routes } from '../../test/fakeApi';
import { manager, slaReader, technician } from '../../test/fixtures';
import { renderApp } from '../../test/renderApp';
import { catchAll, officeHours, standardTickets, vipTickets } from '../../test/slaFixtures';

function policiesApi(me: CurrentUser = manager, policies: SlaPolicy[] = [vipTickets, standardTickets, catchAll], more: Routes = {}) {
  return fakeApi({
    'GET /api/v1/auth/me': () => json(me),
    'GET /api/v1/sla/calendars': () => json({ items: [officeHours] }),
    'GET /api/v1/sla/policies': (request) => {
      const includeRetired = new URL(request.url).searchParams.get('includeRetired') === 'true';
      return json({ items: policies.filter((policy) => includeRetired || !policy.retired) });
    },
    ...more,
  });
}

const rowOf = async (name: string) => (await screen.findByText(name)).closest('tr')!;

describe('SLA policies page', () => {
  afterEach(() => vi.restoreAllMocks());

  it('lists the policies in order with their conditions, windows in words, calendar and escalation', async () => {
    policiesApi();
    renderApp('/sla/policies');

    const vip = await rowOf('一级VIP客户·复杂工单');
    for (const text of ['1', '工单', '复杂', '一级客户', 'VIP', '1小时', '48小时', '80%', '客服中心工作日', '至总经理']) {
      expect(within(vip).getByText(text)).toBeInTheDocument();
    }
    const fallback = await rowOf('默认');
    for (const text of ['3', '全部业务（兜底）', '30秒', '24小时', '7×24', '不上报']) {
      expect(within(fallback).getByText(text)).toBeInTheDocument();
    }
  });

  it('shows retired policies only when asked', async () => {
    const retired = { ...standardTickets, id: '0190a000-0000-7000-8000-0000000000b5', name: '旧版投诉', retired: true };
    const server = policiesApi(manager, [vipTickets, standardTickets, retired, catchAll]);
    const { user } = renderApp('/sla/policies');

    await rowOf('标准工单');
    expect(screen.queryByText('旧版投诉')).not.toBeInTheDocument();
    await user.click(screen.getByRole('switch', { name: '显示已停用' }));

    const row = await rowOf('旧版投诉');
    expect(within(row).getByText('已停用')).toBeInTheDocument();
    expect(within(row).queryByRole('button', { name: '停用' })).not.toBeInTheDocument();
    expect(server.sentTo('GET /api/v1/sla/policies').map((request) => new URL(request.url).search)).toContain('?includeRetired=true');
  });

  it('sends the new order when a policy is dragged to another place', async () => {
    const server = policiesApi(manager, [vipTickets, standardTickets, catchAll], {
      'POST /api/v1/sla/policies/reorder': () => json({ items: [standardTickets, vipTickets, catchAll] }),
    });
    renderApp('/sla/policies');
    await rowOf('标准工单');
    // jsdom lays nothing out: give each row the place it would have, 40 pixels apart.
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
      const rows = [...document.querySelectorAll('tr[data-row-key]')];
      const index = rows.indexOf(this.closest('tr[data-row-key]')!);
      return DOMRect.fromRect({ x: 0, y: 100 + Math.max(index, 0) * 40, width: 800, height: 40 });
    });

    const handle = screen.getByRole('button', { name: '拖动调整 一级VIP客户·复杂工单 的顺序' });
    handle.focus();
    for (const [target, code] of [[handle, 'Space'], [document, 'ArrowDown'], [document, 'Space']] as const) {
      fireEvent.keyDown(target, { code });
      await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    }

    expect(await screen.findByText('已更新匹配顺序')).toBeInTheDocument();
    const [sent] = server.sentTo('POST /api/v1/sla/policies/reorder');
    expect(await sent.json()).toEqual({ policyIds: [standardTickets.id, vipTickets.id, catchAll.id] });
  });

  it('retires a policy after asking, and explains why the last one cannot be', async () => {
    const server = policiesApi(manager, [catchAll], {
      'POST /api/v1/sla/policies/0190a000-0000-7000-8000-0000000000b9/retire': () =>
        new Response(JSON.stringify({ status: 422, code: 'last_policy', detail: 'This is the last active policy.' }), {
          status: 422,
          headers: { 'Content-Type': 'application/problem+json' },
        }),
    });
    const { user } = renderApp('/sla/policies');

    await user.click(within(await rowOf('默认')).getByRole('button', { name: '停用' }));
    await user.click(within(await screen.findByRole('tooltip')).getByRole('button', { name: '确定' }));

    expect(await screen.findByText('这是最后一条启用中的策略，停用后新业务将没有时限。请先新增其他策略。')).toBeInTheDocument();
    expect(server.sentTo('POST /api/v1/sla/policies/0190a000-0000-7000-8000-0000000000b9/retire')).toHaveLength(1);
  });

  it('shows the policies but no way to change them to staff who only read them', async () => {
    policiesApi(slaReader);
    renderApp('/sla/policies');

    await rowOf('标准工单');
    expect(screen.queryByRole('button', { name: /新增策略/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /拖动调整/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '编辑' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /测试/ })).toBeInTheDocument();
  });

  it('is not offered to users who may not read deadlines', async () => {
    policiesApi(technician);
    renderApp('/sla/policies');

    expect(await screen.findByText('抱歉，您没有访问此页面的权限。')).toBeInTheDocument();
    expect(screen.queryByRole('menuitem', { name: /时限策略/ })).not.toBeInTheDocument();
  });

  it('says when the list cannot be read', async () => {
    policiesApi(manager, [], { 'GET /api/v1/sla/policies': () => problem(500, '服务暂不可用') });
    renderApp('/sla/policies');

    expect(await screen.findByText('服务暂不可用')).toBeInTheDocument();
  });
});

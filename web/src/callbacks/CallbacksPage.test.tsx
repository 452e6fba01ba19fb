import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, json, problem, type Routes } from '../test/fakeApi';
import { renderApp } from '../test/renderApp';
import { callback, callbackAgent } from './fixtures';

const due = callback();
const overdue = callback({ id: '0190f000-0000-7000-8000-000000000002', itemNumber: 'T-20261120-0007', dueAt: '2020-11-21T13:00:00Z', status: 'Retrying' });

function workbenchApi(more: Routes = {}) {
  return fakeApi({
    'GET /api/v1/auth/me': () => json(callbackAgent),
    'GET /api/v1/callbacks': (request) => {
      const list = new URL(request.url).searchParams.get('due');
      return json({ items: list === 'Today' ? [due] : list === 'Overdue' ? [overdue] : [], nextCursor: null });
    },
    ...more,
  });
}

async function pickToday() {
  const row = (await screen.findByText('T-20261123-0042')).closest('tr')!;
  return row;
}

describe('callback workbench', () => {
  it('lists today’s callbacks with the case, countdown and calls so far, and shows the script of the one picked', async () => {
    workbenchApi();
    const { user } = renderApp('/callbacks');

    const row = await pickToday();
    expect(within(row).getByText('工单办结')).toBeInTheDocument();
    expect(within(row).getByRole('link', { name: 'T-20261123-0042' })).toHaveAttribute('href', `/tickets/${due.itemId}`);
    expect(within(row).getByText(/按时 · 剩余/)).toBeInTheDocument();
    expect(within(row).getByText('尚未联系')).toBeInTheDocument();
    expect(screen.getByRole('menu')).toHaveTextContent('今日回访');

    await user.click(within(row).getByRole('button', { name: '王建华' }));
    expect(await screen.findByText('您好，回音物管，101号李娜为您服务')).toBeInTheDocument();
    expect(screen.getByText('王建华 · 13812345678')).toBeInTheDocument();
    expect(screen.getByText('T-20261123-0042：更换了厨房下水管')).toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: '待回访' }));
    expect(await screen.findByText('没有需要回访的业主')).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: '已逾期' }));
    expect(within((await screen.findByText('T-20261120-0007')).closest('tr')!).getByText(/已超时/)).toBeInTheDocument();
  }, 40_000);

  it('records a reached customer from the keyboard, and asks for their words under a low score', async () => {
    const server = workbenchApi({ [`POST /api/v1/callbacks/${due.id}/attempts`]: () => json(callback({ status: 'Done', satisfaction: 2 }), 201) });
    const { user } = renderApp('/callbacks');

    await user.click(within(await pickToday()).getByRole('button', { name: '王建华' }));
    await user.click(await screen.findByRole('radio', { name: '已联系上' }));
    await user.keyboard('2');
    expect(screen.getByRole('radio', { name: '2 不满意' })).toBeChecked();
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(await screen.findByText('满意度 2 分及以下时请记录业主的意见')).toBeInTheDocument();
    expect(server.sentTo(`POST /api/v1/callbacks/${due.id}/attempts`)).toHaveLength(0);

    await user.type(screen.getByLabelText('业主意见'), '维修后仍有异味');
    await user.click(screen.getByRole('button', { name: '提交' }));

    expect(await screen.findByText('通话已登记')).toBeInTheDocument();
    expect(await server.sentTo(`POST /api/v1/callbacks/${due.id}/attempts`)[0].json()).toEqual({
      id: due.id, outcome: 'Reached', satisfaction: 2, comment: '维修后仍有异味', newIssue: null,
    });
  }, 40_000);

  it('sends a new issue with its category, and shows the server’s refusals on their fields and a closed callback plainly', async () => {
    let answer = problem(400, '请求有误', { 'newIssue.description': ['描述太长'] });
    const server = workbenchApi({ [`POST /api/v1/callbacks/${due.id}/attempts`]: () => answer });
    const { user } = renderApp('/callbacks');

    await user.click(within(await pickToday()).getByRole('button', { name: '王建华' }));
    await user.click(await screen.findByRole('radio', { name: '5 很满意' }));
    await user.click(screen.getByRole('combobox', { name: '类别' }));
    await user.click(await screen.findByTitle('保洁'));
    await user.type(screen.getByLabelText('问题描述'), '楼道灯不亮');
    await user.click(screen.getByRole('button', { name: '提交' }));

    expect(await screen.findByText('描述太长')).toBeInTheDocument();
    expect(await server.sentTo(`POST /api/v1/callbacks/${due.id}/attempts`)[0].json()).toMatchObject({
      satisfaction: 5, newIssue: { category: 'Cleaning', description: '楼道灯不亮' },
    });

    answer = problem(409, 'The callback is already closed.');
    await user.click(screen.getByRole('button', { name: '提交' }));
    expect(await screen.findByText('这条回访已结束，不能再登记：The callback is already closed.')).toBeInTheDocument();
  }, 40_000);

  it('records an unreachable customer without a score', async () => {
    const server = workbenchApi({ [`POST /api/v1/callbacks/${due.id}/attempts`]: () => json(callback({ status: 'Retrying' }), 201) });
    const { user } = renderApp('/callbacks');

    await user.click(within(await pickToday()).getByRole('button', { name: '王建华' }));
    await user.click(await screen.findByRole('radio', { name: '未联系上' }));
    expect(screen.queryByRole('radio', { name: '5 很满意' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '提交' }));

    expect(await screen.findByText('通话已登记')).toBeInTheDocument();
    expect(await server.sentTo(`POST /api/v1/callbacks/${due.id}/attempts`)[0].json()).toEqual({
      id: due.id, outcome: 'Unreachable', satisfaction: null, comment: null, newIssue: null,
    });
  }, 40_000);
});

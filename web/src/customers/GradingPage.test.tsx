import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, json } from '../test/fakeApi';
import { renderApp } from '../test/renderApp';
import { customerAgent, customerManager, proposedRun } from './fixtures';
import type { CurrentUser } from '../api/types';

function gradingApi(me: CurrentUser) {
  return fakeApi({
    'GET /api/v1/auth/me': () => json(me),
    'GET /api/v1/customers/grading-runs': () => json({ items: [{ ...proposedRun, entries: null }] }),
    [`GET /api/v1/customers/grading-runs/${proposedRun.id}`]: () => json(proposedRun),
    [`POST /api/v1/customers/grading-runs/${proposedRun.id}/approve`]: () => json({ ...proposedRun, status: 'Approved' }),
  });
}

describe('grading', () => {
  it('shows the latest proposal, its distribution and the account-manager warning, and a manager approves it', async () => {
    const server = gradingApi(customerManager);
    const { user } = renderApp('/customers/grading');

    const first = (await screen.findByText('悦来便利店')).closest('tr')!;
    expect(within(first).getByText('一级')).toBeInTheDocument();
    expect(within(first).getByText('一级客户应由经理级及以上人员负责')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: '一级 1 · 二级 1 · 三级 1' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '批准方案' }));
    await user.click(await screen.findByRole('button', { name: '确定' }));

    expect(await screen.findByText('方案已批准，客户级别已更新')).toBeInTheDocument();
    expect(server.sentTo(`POST /api/v1/customers/grading-runs/${proposedRun.id}/approve`)).toHaveLength(1);
  });

  it('offers no approval to an agent', async () => {
    gradingApi(customerAgent);
    renderApp('/customers/grading');

    expect(await screen.findByText('悦来便利店')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '批准方案' })).not.toBeInTheDocument();
  });
});

import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, json } from '../test/fakeApi';
import { admin, agent } from '../test/fixtures';
import { renderApp } from '../test/renderApp';
import type { CallbackStats, CallbackStatsRow } from './useCallbackStats';

const route = 'GET /api/v1/callbacks/stats';
const manager = { ...admin, permissions: ['callbacks:read', 'callbacks:read-all'] };

function row(overrides: Partial<CallbackStatsRow>): CallbackStatsRow {
  return {
    key: null, label: '', scheduled: 0, counted: 0, completed: 0, unreachable: 0, onTime: 0,
    completionRate: null, onTimeRate: null, averageSatisfaction: null, satisfiedShare: null, ...overrides,
  };
}

const byStaff: CallbackStats = {
  groupBy: 'Staff', from: '2026-01-01', to: '2026-12-31',
  total: row({ scheduled: 4, counted: 3, completed: 3, onTime: 2, completionRate: 1, onTimeRate: 0.6667, averageSatisfaction: 3.67, satisfiedShare: 0.6667 }),
  rows: [
    row({ key: 'a', label: '8101 张丽', scheduled: 3, counted: 2, completed: 2, onTime: 1, completionRate: 1, onTimeRate: 0.5, averageSatisfaction: 4.5, satisfiedShare: 1 }),
    row({ key: null, label: '', scheduled: 1, counted: 1, unreachable: 1, completionRate: 0, onTimeRate: 0 }),
  ],
};

describe('callback figures', () => {
  it('shows the totals, a row per staff member and the chart, and asks again by team', async () => {
    const server = fakeApi({
      'GET /api/v1/auth/me': () => json(manager),
      [route]: (request) => json(new URL(request.url).searchParams.get('groupBy') === 'Team' ? { ...byStaff, groupBy: 'Team', rows: [] } : byStaff),
    });
    const { user } = renderApp('/callbacks/stats');

    const zhang = (await screen.findByText('8101 张丽')).closest('tr') as HTMLElement;
    expect(within(zhang).getByText('50.0%')).toBeInTheDocument();
    expect(within(zhang).getByText('4.50')).toBeInTheDocument();
    expect(screen.getByText('未分派')).toBeInTheDocument();
    const satisfaction = screen.getAllByText('平均满意度').map((title) => title.closest('.ant-statistic')).find(Boolean);
    expect(satisfaction).toHaveTextContent('3.67');
    expect(screen.getByRole('img', { name: /8101 张丽 100% \/ 50%/ })).toBeInTheDocument();
    const first = new URL(server.sentTo(route)[0].url).searchParams;
    expect(first.get('groupBy')).toBe('Staff');
    expect(first.get('from')).toMatch(/^\d{4}-\d{2}-01$/);

    await user.click(screen.getByText('班组'));

    expect(await screen.findAllByText('所选范围内没有到期的回访')).not.toHaveLength(0);
    expect(new URL(server.sentTo(route).at(-1)!.url).searchParams.get('groupBy')).toBe('Team');
  });

  it('is not offered to agents', async () => {
    fakeApi({ 'GET /api/v1/auth/me': () => json(agent) });
    renderApp('/callbacks/stats');

    expect(await screen.findByText('抱歉，您没有访问此页面的权限。')).toBeInTheDocument();
  });
});

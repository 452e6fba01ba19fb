import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CurrentUser } from '../../api/types';
import { fakeApi, json, problem, type Routes } from '../../test/fakeApi';
import { renderApp } from '../../test/renderApp';
import { ticketAgent } from '../fixtures';
import type { ReviewCounts } from './api';

const reviewer: CurrentUser = { ...ticketAgent, displayName: '王芳', permissions: [...ticketAgent.permissions, 'tickets:review-daily', 'tickets:review-monthly'] };
const counts = (created: number, breached = 0): ReviewCounts => ({ created, resolved: created - 1, stillOpen: 1, breached });

const dailySheet = {
  from: '2026-11-21',
  to: '2026-11-23',
  teamId: null,
  unsignedDays: ['2026-11-21', '2026-11-23'],
  days: [
    { day: '2026-11-21', status: 'Unsigned', counts: counts(4, 1) },
    {
      day: '2026-11-22',
      status: 'Signed',
      counts: counts(3),
      review: { id: 'r1', day: '2026-11-22', teamId: null, signerId: reviewer.id, signerName: '王芳', signedAt: '2026-11-22T10:00:00Z', late: false, counts: counts(3), findings: '记录完整' },
    },
    { day: '2026-11-23', status: 'Unsigned', counts: counts(6) },
  ],
};

const monthlySheet = {
  from: '2026-09',
  to: '2026-10',
  overdueMonths: ['2026-09'],
  months: [
    { month: '2026-09', dueBy: '2026-10-05', status: 'Overdue' },
    { month: '2026-10', dueBy: '2026-11-05', status: 'Due' },
  ],
};

function reviewsApi(more: Routes = {}) {
  return fakeApi({
    'GET /api/v1/auth/me': () => json(reviewer),
    'GET /api/v1/tickets/reviews/daily': () => json(dailySheet),
    'GET /api/v1/tickets/reviews/monthly': () => json(monthlySheet),
    ...more,
  });
}

const rowOf = (text: string) => screen.getByText(text).closest('tr')!;

describe('reviews', () => {
  it('lists the unsigned days with their counts, and who signed the others', async () => {
    reviewsApi();
    renderApp('/tickets/reviews');

    expect(await screen.findByText('以下日期尚未签字确认：2026-11-21、2026-11-23')).toBeInTheDocument();
    const unsigned = rowOf('2026-11-21');
    expect(within(unsigned).getByText('未签字')).toBeInTheDocument();
    expect(within(unsigned).getByText(/新建 4 · 办结 3 · 未办结 1/)).toBeInTheDocument();
    expect(within(unsigned).getByText(/超时 1/)).toBeInTheDocument();
    expect(unsigned).toHaveStyle({ background: '#fffbe6' });
    expect(within(rowOf('2026-11-22')).getByText('记录完整')).toBeInTheDocument();
    expect(within(rowOf('2026-11-22')).queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getByRole('menu')).toHaveTextContent('检查签字');
  }, 40_000);

  it('signs off a day with the findings, and shows a refusal', async () => {
    const server = reviewsApi({ 'POST /api/v1/tickets/reviews/daily': () => problem(409, '2026-11-23 已签字确认。') });
    const { user } = renderApp('/tickets/reviews');

    await user.click(within(await screen.findByText('2026-11-23').then((cell) => cell.closest('tr')!)).getByRole('button', { name: '签字确认' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('检查发现'), '两单未按时回访');
    await user.click(within(dialog).getByRole('button', { name: '签字确认' }));

    expect(await screen.findByText('2026-11-23 已签字确认。')).toBeInTheDocument();
    expect(await server.sentTo('POST /api/v1/tickets/reviews/daily')[0].json()).toEqual({ day: '2026-11-23', findings: '两单未按时回访' });
  }, 40_000);

  it('shows the months due and overdue, and reviews one', async () => {
    const server = reviewsApi({ 'POST /api/v1/tickets/reviews/monthly': () => json({}, 201) });
    const { user } = renderApp('/tickets/reviews');

    await user.click(await screen.findByRole('tab', { name: '月度检查' }));
    expect(await screen.findByText('以下月份逾期未检查：2026-09')).toBeInTheDocument();
    expect(within(rowOf('2026-09')).getByText('已逾期')).toBeInTheDocument();
    expect(within(rowOf('2026-10')).getByText('待检查')).toBeInTheDocument();
    await user.click(within(rowOf('2026-10')).getByRole('button', { name: '检查' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('检查发现'), '本月超时两单，已约谈');
    await user.click(within(dialog).getByRole('button', { name: '检查' }));

    expect(await screen.findByText('已签字确认')).toBeInTheDocument();
    expect(await server.sentTo('POST /api/v1/tickets/reviews/monthly')[0].json()).toEqual({ month: '2026-10', findings: '本月超时两单，已约谈' });
  }, 40_000);
});

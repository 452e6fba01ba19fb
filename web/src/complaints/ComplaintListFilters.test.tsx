import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, json } from '../test/fakeApi';
import { renderApp } from '../test/renderApp';
import { complaint, complaintAgent } from './fixtures';

describe('complaint list filters and deadlines', () => {
  it('shows each complaint’s nearest deadline and sends category, owner, overdue and the search to the API', async () => {
    const server = fakeApi({
      'GET /api/v1/auth/me': () => json(complaintAgent),
      'GET /api/v1/complaints': () =>
        json({
          items: [
            complaint(),
            complaint({ id: 'late', number: 'C-20261206-0003', breached: true, nextDeadline: { metric: 'Investigation', dueAt: '2000-01-01T00:00:00Z', overdue: true } }),
          ],
          nextCursor: null,
        }),
    });
    const { user } = renderApp('/complaints?category=Fees');

    expect(await screen.findByText('C-20261206-0003')).toBeInTheDocument();
    expect(screen.getAllByText('首次联系').length).toBeGreaterThan(0);
    expect(screen.getByText('当天调查')).toBeInTheDocument();
    expect(screen.getByText(/已超时 · /)).toBeInTheDocument();
    expect(new URL(server.sentTo('GET /api/v1/complaints')[0].url).searchParams.get('category')).toBe('Fees');

    await user.click(screen.getByLabelText('负责人'));
    await user.click((await screen.findAllByTitle('总经理')).at(-1)!);
    await user.click(screen.getByRole('checkbox', { name: '只看已逾期' }));
    await user.type(screen.getByLabelText('编号或投诉人姓名'), '王建国{Enter}');

    await screen.findByText('C-20261206-0003');
    const query = new URL(server.sentTo('GET /api/v1/complaints').at(-1)!.url).searchParams;
    expect(Object.fromEntries(query)).toMatchObject({ category: 'Fees', ownerRole: 'Executive', overdue: 'true', q: '王建国' });
  }, 40_000);
});

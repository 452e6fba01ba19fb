import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, json } from '../test/fakeApi';
import { renderApp } from '../test/renderApp';
import { complaint, complaintAgent } from './fixtures';

describe('complaint list', () => {
  it('lists complaints with severity, status, validity and owner, and filters by severity in the address', async () => {
    const server = fakeApi({
      'GET /api/v1/auth/me': () => json(complaintAgent),
      'GET /api/v1/complaints': (request) =>
        new URL(request.url).searchParams.has('cursor')
          ? json({ items: [complaint({ id: 'c3', number: 'C-20261205-0009' })], nextCursor: null })
          : json({ items: [complaint(), complaint({ id: 'c2', number: 'C-20261206-0002', severity: 'Major', ownerRole: 'Executive', validity: 'Effective' })], nextCursor: 'next' }),
    });
    const { user } = renderApp('/complaints?status=Registered');

    expect(await screen.findByRole('link', { name: 'C-20261206-0002' })).toHaveAttribute('href', '/complaints/c2');
    expect(screen.getByText('重大投诉')).toBeInTheDocument();
    expect(screen.getByText('总经理')).toBeInTheDocument();
    expect(screen.getByText('有效投诉')).toBeInTheDocument();
    expect(new URL(server.sentTo('GET /api/v1/complaints')[0].url).searchParams.get('status')).toBe('Registered');

    await user.click(screen.getByLabelText('级别'));
    await user.click((await screen.findAllByTitle('重大投诉')).at(-1)!);
    await screen.findAllByText('重大投诉');
    const query = new URL(server.sentTo('GET /api/v1/complaints').at(-1)!.url).searchParams;
    expect(query.get('severity')).toBe('Major');
    expect(query.get('status')).toBe('Registered');

    await user.click(screen.getByRole('button', { name: '加载更多' }));
    expect(await screen.findByText('C-20261205-0009')).toBeInTheDocument();
    expect(new URL(server.sentTo('GET /api/v1/complaints').at(-1)!.url).searchParams.get('cursor')).toBe('next');
  }, 40_000);
});

import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CurrentUser } from '../../api/types';
import { fakeApi, json } from '../../test/fakeApi';
import { renderApp } from '../../test/renderApp';
import { ticket, ticketAgent } from '../fixtures';
import { dispatcher, liuQiang, suggestion } from './fixtures';

const assigned = ticket({ status: 'Assigned', allowedActions: ['contact', 'assign', 'schedule', 'pend'] });
const path = `/api/v1/tickets/${assigned.id}`;

function detailApi(user: CurrentUser) {
  return fakeApi({
    'GET /api/v1/auth/me': () => json(user),
    [`GET ${path}`]: () => json(assigned),
    [`GET ${path}/contacts`]: () => json({ items: [] }),
    [`GET ${path}/timeline`]: () => json({ items: [] }),
    [`GET ${path}/assignment-suggestions`]: () => json({ items: [suggestion(liuQiang, { alreadyAssigned: true })] }),
    [`POST ${path}/assign`]: () => json(assigned),
  });
}

describe('dispatch from the ticket page', () => {
  it('offers 派工 and 预约上门 to dispatchers, and dispatches from the suggestions', async () => {
    const server = detailApi(dispatcher);
    const { user } = renderApp(`/tickets/${assigned.id}`);

    expect(await screen.findByRole('button', { name: '预约上门' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '派工' }));
    const dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByText('已在此单')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('checkbox', { name: /刘强/ }));
    await user.click(within(dialog).getByRole('button', { name: '派工' }));

    await expect.poll(() => server.sentTo(`POST ${path}/assign`).length).toBe(1);
    expect(await server.sentTo(`POST ${path}/assign`)[0].json()).toEqual({ technicianId: liuQiang.id });
  }, 40_000);

  it('offers neither to an agent who does not dispatch', async () => {
    detailApi(ticketAgent);
    renderApp(`/tickets/${assigned.id}`);

    expect(await screen.findByRole('button', { name: '挂起' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '派工' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '预约上门' })).not.toBeInTheDocument();
  }, 40_000);
});

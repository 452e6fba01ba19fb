import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import type { CurrentUser } from '../../api/types';
import { formatWindow } from '../../i18n/formatDateTime';
import i18n from '../../i18n/i18n';
import { fakeApi, json, problem } from '../../test/fakeApi';
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
    [`GET ${path}/assignment-suggestions`]: () =>
      json({
        items: [
          suggestion(liuQiang, {
            sameTeam: true,
            alreadyAssigned: true,
            reasons: [{ code: 'Skilled', category: 'Plumbing' }, { code: 'SameTeam', team: '工程部' }, { code: 'OpenJobs', count: 1 }, { code: 'AlreadyAssigned' }],
          }),
        ],
      }),
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

  it('words the reasons for a suggestion in English too', async () => {
    detailApi(dispatcher);
    await i18n.changeLanguage('en');
    const { user } = renderApp(`/tickets/${assigned.id}`);

    await user.click(await screen.findByRole('button', { name: 'Dispatch' }));
    const dialog = await screen.findByRole('dialog');
    const reasons = ['Skilled in Plumbing', 'Same team (工程部)', '1 open job', 'Already on this ticket'];
    for (const reason of reasons) expect(await within(dialog).findByText(reason)).toBeInTheDocument();
  }, 40_000);

  it('offers neither to an agent who does not dispatch', async () => {
    detailApi(ticketAgent);
    renderApp(`/tickets/${assigned.id}`);

    expect(await screen.findByRole('button', { name: '挂起' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '派工' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '预约上门' })).not.toBeInTheDocument();
  }, 40_000);
});

describe('预约上门 from the ticket page', () => {
  /** A server that refuses a window starting in the past, as the host does, and keeps the one it accepts. */
  function schedulingApi() {
    let current = assigned;
    const server = fakeApi({
      'GET /api/v1/auth/me': () => json(dispatcher),
      [`GET ${path}`]: () => json(current),
      [`GET ${path}/contacts`]: () => json({ items: [] }),
      [`GET ${path}/timeline`]: () => json({ items: [] }),
      [`POST ${path}/schedule`]: async (request) => {
        const { from, to } = (await request.json()) as { from: string; to: string };
        if (new Date(from) < new Date()) return problem(400, 'One or more fields are invalid.', { from: ['The appointment cannot start in the past.'] });
        current = { ...assigned, status: 'Scheduled', appointmentFrom: from, appointmentTo: to };
        return json(current);
      },
    });
    return server;
  }

  async function typeWindow(user: UserEvent, dialog: HTMLElement, from: string, to: string) {
    const [start, end] = within(dialog).getAllByRole('textbox');
    await user.clear(start);
    await user.type(start, `${from}{Enter}`);
    await user.clear(end);
    await user.type(end, `${to}{Enter}`);
  }

  it('sends the window agreed with the customer, shows why a bad one is refused, and shows the appointment', async () => {
    const server = schedulingApi();
    const { user } = renderApp(`/tickets/${assigned.id}`);
    const schedule = `POST ${path}/schedule`;

    await user.click(await screen.findByRole('button', { name: '预约上门' }));
    const dialog = await screen.findByRole('dialog');
    const submit = within(dialog).getByRole('button', { name: '预约上门' });
    await user.click(submit);
    expect(await within(dialog).findByText('请填写上门时间段')).toBeInTheDocument();
    expect(server.sentTo(schedule)).toHaveLength(0);

    await typeWindow(user, dialog, '2020-01-06 09:00', '2020-01-06 11:00');
    await user.click(submit);
    expect(await within(dialog).findByText('The appointment cannot start in the past.')).toBeInTheDocument();
    expect(screen.getByRole('dialog')).toBeInTheDocument();

    await typeWindow(user, dialog, '2099-11-24 09:00', '2099-11-24 11:00');
    await user.click(submit);
    await expect.poll(() => server.sentTo(schedule).length).toBe(2);
    const agreed = { from: dayjs('2099-11-24 09:00').toISOString(), to: dayjs('2099-11-24 11:00').toISOString() };
    expect(await server.sentTo(schedule)[1].json()).toEqual(agreed);

    const shown = formatWindow(agreed.from, agreed.to, 'zh-CN');
    expect(await screen.findByText(`已预约上门：${shown}`)).toBeInTheDocument();
    expect(await screen.findByText(shown)).toBeInTheDocument();
  }, 60_000);
});

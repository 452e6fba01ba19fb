import { screen, within } from '@testing-library/react';
import { expect, it } from 'vitest';
import type { CurrentUser } from '../api/types';
import { fakeApi, json } from '../test/fakeApi';
import { agent } from '../test/fixtures';
import { renderApp } from '../test/renderApp';
import type { KindPreference } from './usePreferences';

const kinds: KindPreference[] = [
  { kind: 'Escalation', inApp: true, email: false, sms: true },
  { kind: 'Outage', inApp: true, email: false, sms: false },
  { kind: 'Webhook', inApp: true, email: true, sms: false },
];

function apiFor(me: CurrentUser) {
  let live = kinds;
  let user = me;
  return fakeApi({
    'GET /api/v1/auth/me': () => json(user),
    'GET /api/v1/me/notification-preferences': () => json({ kinds: live }),
    'PUT /api/v1/me/notification-preferences': async (request) => {
      const [choice] = ((await request.json()) as { kinds: KindPreference[] }).kinds;
      live = live.map((k) => (k.kind === choice.kind ? choice : k));
      return json({ kinds: live });
    },
    'PUT /api/v1/me/contact': async (request) => {
      const contact = (await request.json()) as { email: string | null; mobile: string | null };
      user = { ...user, ...contact };
      return json(contact);
    },
  });
}

const row = async (name: string) => (await screen.findByText(name)).closest('tr')!;

it('is reached from the user bar and shows each kind with its channels', async () => {
  apiFor({ ...agent, email: 'zhang@estate.test', mobile: '13812345678' });
  const { user } = renderApp('/');

  await user.click(await screen.findByRole('button', { name: /通知设置/ }));

  expect(await screen.findByRole('heading', { name: '通知设置' })).toBeInTheDocument();
  expect(within(await row('超时上报')).getByRole('switch', { name: '超时上报：短信' })).toBeChecked();
  expect(within(await row('超时上报')).getByRole('switch', { name: '超时上报：邮件' })).not.toBeChecked();
  expect(screen.getByLabelText('邮箱')).toHaveValue('zhang@estate.test');
});

it('turns one channel of one kind on and sends only that kind', async () => {
  const server = apiFor({ ...agent, email: 'zhang@estate.test', mobile: null });
  const { user } = renderApp('/my/notifications');

  await user.click(within(await row('停水停电等事件')).getByRole('switch', { name: '停水停电等事件：邮件' }));

  expect(await screen.findByText('通知设置已保存')).toBeInTheDocument();
  const [sent] = server.sentTo('PUT /api/v1/me/notification-preferences');
  expect(await sent.json()).toEqual({ kinds: [{ kind: 'Outage', inApp: true, email: true, sms: false }] });
  expect(within(await row('停水停电等事件')).getByRole('switch', { name: '停水停电等事件：邮件' })).toBeChecked();
});

it('offers text messages only once a mobile is given, and saves the contact', async () => {
  const server = apiFor({ ...agent, email: null, mobile: null });
  const { user } = renderApp('/my/notifications');

  expect(within(await row('停水停电等事件')).getByRole('switch', { name: '停水停电等事件：短信' })).toBeDisabled();
  await user.type(screen.getByLabelText('手机号'), '13812345678');
  await user.click(screen.getByRole('button', { name: '保存' }));

  expect(await screen.findByText('联系方式已保存')).toBeInTheDocument();
  const [sent] = server.sentTo('PUT /api/v1/me/contact');
  expect(await sent.json()).toEqual({ email: '', mobile: '13812345678' });
  expect(await within(await row('停水停电等事件')).findByRole('switch', { name: '停水停电等事件：短信' })).toBeEnabled();
});

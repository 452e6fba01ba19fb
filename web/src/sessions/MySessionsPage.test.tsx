import { screen, within } from '@testing-library/react';
import { expect, it } from 'vitest';
import type { MySession } from '../api/types';
import { fakeApi, json } from '../test/fakeApi';
import { agent } from '../test/fixtures';
import { renderApp } from '../test/renderApp';
import { thisSession as here } from './fixtures';

const phone: MySession = { ...here, id: '0190a000-0000-7000-8000-0000000000a2', device: 'WeChat on iOS', address: '10.0.0.9', current: false };
const tablet: MySession = { ...here, id: '0190a000-0000-7000-8000-0000000000a3', device: 'Safari on iPadOS', address: null, current: false };

function apiWithSessions(sessions: MySession[]) {
  let live = sessions;
  return fakeApi({
    'GET /api/v1/auth/me': () => json(agent),
    'GET /api/v1/me/sessions': () => json(live),
    [`DELETE /api/v1/me/sessions/${phone.id}`]: () => {
      live = live.filter((s) => s.id !== phone.id);
      return new Response(null, { status: 204 });
    },
    'DELETE /api/v1/me/sessions': () => {
      live = live.filter((s) => s.current);
      return new Response(null, { status: 204 });
    },
  });
}

it('is reached from the user bar and lists each session with its device, address and times, this one marked', async () => {
  apiWithSessions([here, phone]);
  const { user } = renderApp('/');

  await user.click(await screen.findByRole('button', { name: /登录设备/ }));

  expect(await screen.findByRole('heading', { name: '登录设备' })).toBeInTheDocument();
  const current = (await screen.findByText('Chrome on Windows')).closest('tr')!;
  expect(within(current).getByText('当前设备')).toBeInTheDocument();
  expect(within(current).getByText('10.0.0.7')).toBeInTheDocument();
  expect(within(current).getByText('2026/12/06 09:00')).toBeInTheDocument();
  expect(within(current).queryByRole('button', { name: '结束' })).not.toBeInTheDocument();
  expect(within(screen.getByText('WeChat on iOS').closest('tr')!).getByRole('button', { name: '结束' })).toBeInTheDocument();
});

it('ends one other session after asking', async () => {
  const server = apiWithSessions([here, phone, tablet]);
  const { user } = renderApp('/my/sessions');

  await user.click(within((await screen.findByText('WeChat on iOS')).closest('tr')!).getByRole('button', { name: '结束' }));
  await user.click(await screen.findByRole('button', { name: '确定' }));

  expect(await screen.findByText('已结束该设备上的登录')).toBeInTheDocument();
  expect(server.sentTo(`DELETE /api/v1/me/sessions/${phone.id}`)).toHaveLength(1);
  await screen.findByText('Safari on iPadOS');
  expect(screen.queryByText('WeChat on iOS')).not.toBeInTheDocument();
});

it('ends all other sessions, and offers nothing to end when this is the only one', async () => {
  const server = apiWithSessions([here, phone, tablet]);
  const { user } = renderApp('/my/sessions');

  await screen.findByText('Safari on iPadOS');
  await user.click(screen.getByRole('button', { name: '结束其他所有设备' }));
  await user.click(await screen.findByRole('button', { name: '确定' }));

  expect(await screen.findByText('其他设备上的登录已全部结束')).toBeInTheDocument();
  expect(server.sentTo('DELETE /api/v1/me/sessions')).toHaveLength(1);
  expect(await screen.findByRole('button', { name: '结束其他所有设备' })).toBeDisabled();
});

import { screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { getSession } from '../api/session';
import { fakeApi, json } from '../test/fakeApi';
import { agent } from '../test/fixtures';
import { renderApp } from '../test/renderApp';

it('signs out: ends the session named by the access token and returns to the sign-in page', async () => {
  const server = fakeApi({
    'GET /api/v1/auth/me': () => json(agent),
    'POST /api/v1/auth/logout': () => new Response(null, { status: 204 }),
  });
  const { user } = renderApp('/');

  await user.click(await screen.findByRole('button', { name: /退出登录/ }));

  expect(await screen.findByRole('button', { name: '登录' })).toBeInTheDocument();
  expect(getSession()).toBeNull();
  expect(server.sentTo('POST /api/v1/auth/logout')[0].headers.get('Authorization')).toBe('Bearer access-1');
  expect(localStorage.getItem('huiyin.signedIn')).toBeNull();
});

import { screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { getSession } from '../api/session';
import { fakeApi, json, problem } from '../test/fakeApi';
import { agent } from '../test/fixtures';
import { renderApp } from '../test/renderApp';

const renewed = { accessToken: 'access-9', refreshToken: null, expiresIn: 900, user: agent };

it('after a reload renews the session through the cookie and stays on the page', async () => {
  localStorage.setItem('huiyin.signedIn', 'true');
  const server = fakeApi({
    'POST /api/v1/auth/refresh': () => json(renewed),
    'GET /api/v1/auth/me': (request) => (request.headers.get('Authorization') === 'Bearer access-9' ? json(agent) : problem(401)),
  });

  renderApp('/', { signedIn: false });

  expect(await screen.findByRole('button', { name: /退出登录/ })).toBeInTheDocument();
  expect(server.sentTo('POST /api/v1/auth/refresh')[0].headers.get('X-Session-Transport')).toBe('cookie');
  expect(getSession()).toEqual({ accessToken: 'access-9' });
});

it('after a reload whose cookie is refused goes to the sign-in page', async () => {
  localStorage.setItem('huiyin.signedIn', 'true');
  fakeApi({ 'POST /api/v1/auth/refresh': () => problem(401, 'The session has ended. Sign in again.') });

  renderApp('/', { signedIn: false });

  expect(await screen.findByRole('button', { name: '登录' })).toBeInTheDocument();
  expect(localStorage.getItem('huiyin.signedIn')).toBeNull();
});

it('without having signed in asks nothing of the server and shows the sign-in page', async () => {
  const server = fakeApi({});

  renderApp('/', { signedIn: false });

  expect(await screen.findByRole('button', { name: '登录' })).toBeInTheDocument();
  expect(server.requests).toHaveLength(0);
});

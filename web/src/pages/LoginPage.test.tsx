import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getSession } from '../api/session';
import { fakeApi, json, problem } from '../test/fakeApi';
import { admin } from '../test/fixtures';
import { renderApp } from '../test/renderApp';

const signedIn = { accessToken: 'access-1', refreshToken: null, expiresIn: 900, user: admin };

async function signInAs(username: string, password: string) {
  const { user } = renderApp('/login', { signedIn: false });
  await user.type(screen.getByLabelText('用户名'), username);
  await user.type(screen.getByLabelText('密码'), password);
  await user.click(screen.getByRole('button', { name: '登录' }));
}

describe('the sign-in page', () => {
  it('shows the product and its motto', () => {
    renderApp('/login', { signedIn: false });

    expect(screen.getByRole('heading', { name: '回音 Huiyin' })).toBeInTheDocument();
    expect(screen.getByText('事事有着落，件件有回音')).toBeInTheDocument();
  });

  it('asks for both username and password before sending anything', async () => {
    const server = fakeApi({});
    const { user } = renderApp('/login', { signedIn: false });

    await user.click(screen.getByRole('button', { name: '登录' }));

    expect(await screen.findByText('请输入用户名')).toBeInTheDocument();
    expect(screen.getByText('请输入密码')).toBeInTheDocument();
    expect(server.requests).toHaveLength(0);
  });

  it('explains a refused sign-in in the user’s language, not the server’s', async () => {
    fakeApi({ 'POST /api/v1/auth/login': () => problem(401, 'The username or password is incorrect.') });

    await signInAs('admin', 'wrong-password');

    expect(await screen.findByText('用户名或密码错误')).toBeInTheDocument();
    expect(getSession()).toBeNull();
  });

  it('says until when a locked account stays locked, in Asia/Shanghai time', async () => {
    fakeApi({
      'POST /api/v1/auth/login': () =>
        json({ status: 423, title: 'Locked.', detail: 'Too many wrong passwords.', lockedUntil: '2026-11-23T02:15:00+00:00' }, 423),
    });

    await signInAs('admin', 'wrong-password');

    expect(await screen.findByText('账号已被临时锁定，请于 2026/11/23 10:15 后再试')).toBeInTheDocument();
  });

  it('explains rate limiting even when the server sends no details', async () => {
    fakeApi({ 'POST /api/v1/auth/login': () => new Response(null, { status: 429 }) });

    await signInAs('admin', 'wrong-password');

    expect(await screen.findByText('尝试过于频繁，请稍后再试')).toBeInTheDocument();
  });

  it('signs in and goes where the user was going', async () => {
    const server = fakeApi({
      'POST /api/v1/auth/login': () => json(signedIn),
      'GET /api/v1/staff': () => json({ items: [], nextCursor: null }),
      'GET /api/v1/teams': () => json({ items: [] }),
    });
    const { user } = renderApp('/admin/staff', { signedIn: false });

    await user.type(await screen.findByLabelText('用户名'), 'admin');
    await user.type(screen.getByLabelText('密码'), 'Huiyin-demo-2026');
    await user.click(screen.getByRole('button', { name: '登录' }));

    expect(await screen.findByRole('heading', { name: '员工管理' })).toBeInTheDocument();
    expect(await server.sentTo('POST /api/v1/auth/login')[0].json()).toEqual({
      username: 'admin',
      password: 'Huiyin-demo-2026',
    });
    expect(getSession()).toEqual({ accessToken: 'access-1' });
    expect(server.sentTo('POST /api/v1/auth/login')[0].headers.get('X-Session-Transport')).toBe('cookie');
    expect(Object.values(localStorage).join()).not.toContain('access-1');
  });
});

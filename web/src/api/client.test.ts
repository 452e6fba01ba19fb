import { describe, expect, it } from 'vitest';
import i18n from '../i18n/i18n';
import { fakeApi, json, problem } from '../test/fakeApi';
import { admin } from '../test/fixtures';
import { api } from './client';
import { getSession, saveSession } from './session';

const renewedTokens = { accessToken: 'access-2', refreshToken: null, expiresIn: 900, user: admin };

/** A /me that only accepts the renewed access token, and a refresh endpoint that hands it out. */
function apiWithExpiredToken(refresh = () => json(renewedTokens)) {
  return fakeApi({
    'GET /api/v1/auth/me': (request) =>
      request.headers.get('Authorization') === 'Bearer access-2' ? json(admin) : problem(401, 'Token expired'),
    'POST /api/v1/auth/refresh': refresh,
  });
}

describe('the API client', () => {
  it('sends the session’s access token as a bearer token', async () => {
    saveSession({ accessToken: 'access-2' });
    const server = apiWithExpiredToken();

    const { data } = await api.GET('/api/v1/auth/me');

    expect(data).toEqual(admin);
    expect(server.sentTo('GET /api/v1/auth/me')[0].headers.get('Authorization')).toBe('Bearer access-2');
  });

  it('renews the session once on a 401 and repeats the request with the new token', async () => {
    saveSession({ accessToken: 'access-1' });
    const server = apiWithExpiredToken();

    const { data } = await api.GET('/api/v1/auth/me');

    expect(data).toEqual(admin);
    const refreshes = server.sentTo('POST /api/v1/auth/refresh');
    expect(refreshes).toHaveLength(1);
    expect(refreshes[0].headers.get('X-Session-Transport')).toBe('cookie');
    expect(refreshes[0].headers.get('Authorization')).toBeNull();
    expect(server.sentTo('GET /api/v1/auth/me').map((r) => r.headers.get('Authorization'))).toEqual([
      'Bearer access-1',
      'Bearer access-2',
    ]);
    expect(getSession()).toEqual({ accessToken: 'access-2' });
  });

  it('shares one renewal among concurrent requests that get a 401', async () => {
    saveSession({ accessToken: 'access-1' });
    const server = apiWithExpiredToken();

    const answers = await Promise.all([api.GET('/api/v1/auth/me'), api.GET('/api/v1/auth/me')]);

    expect(answers.map(({ data }) => data)).toEqual([admin, admin]);
    expect(server.sentTo('POST /api/v1/auth/refresh')).toHaveLength(1);
  });

  it('ends the session when the refresh token is refused, and passes the 401 on', async () => {
    saveSession({ accessToken: 'access-1' });
    const server = apiWithExpiredToken(() => problem(401, 'Refresh token reused'));

    const { response } = await api.GET('/api/v1/auth/me');

    expect(response.status).toBe(401);
    expect(server.sentTo('POST /api/v1/auth/refresh')).toHaveLength(1);
    expect(server.sentTo('GET /api/v1/auth/me')).toHaveLength(1);
    expect(getSession()).toBeNull();
  });

  it('asks for answers in the language of the UI', async () => {
    const server = fakeApi({ 'POST /api/v1/auth/login': () => problem(401, 'Wrong username or password') });
    await i18n.changeLanguage('en');

    await api.POST('/api/v1/auth/login', { body: { username: 'admin', password: 'wrong' } });

    expect(server.sentTo('POST /api/v1/auth/login')[0].headers.get('Accept-Language')).toBe('en');
  });

  it('leaves sign-in alone: no bearer token, and a 401 is the answer', async () => {
    saveSession({ accessToken: 'access-1' });
    const server = fakeApi({ 'POST /api/v1/auth/login': () => problem(401, '用户名或密码错误') });

    const { error } = await api.POST('/api/v1/auth/login', { body: { username: 'admin', password: 'wrong' } });

    expect(error).toMatchObject({ status: 401, detail: '用户名或密码错误' });
    expect(server.sentTo('POST /api/v1/auth/login')[0].headers.get('Authorization')).toBeNull();
    expect(server.sentTo('POST /api/v1/auth/refresh')).toHaveLength(0);
  });
});

import createClient from 'openapi-fetch';
import i18n from '../i18n/i18n';
import { createAuthMiddleware } from './authMiddleware';
import type { paths } from './schema';
import { clearSession, getSession, saveSession } from './session';

/** The typed client of the Huiyin REST API. */
export const api = createClient<paths>({
  baseUrl: window.location.origin,
  // Looked up on every call, so that whatever `fetch` the page has at the time is used.
  fetch: (request) => globalThis.fetch(request),
});

api.use(
  // Lets the server word its answers, problem details included, in the language the user reads.
  { onRequest: ({ request }) => void request.headers.set('Accept-Language', i18n.language) },
  createAuthMiddleware(renewSession),
);

/** Trades the refresh token for new tokens; ends the session when the server refuses. */
async function renewSession(): Promise<boolean> {
  const session = getSession();
  if (!session) return false;
  const { data } = await api.POST('/api/v1/auth/refresh', {
    body: { refreshToken: session.refreshToken },
  });
  if (data) saveSession(data);
  else clearSession();
  return data !== undefined;
}

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
  // A list filter is one comma-separated value (`status=New,Assigned`), as the document declares (explode: false).
  querySerializer: { array: { style: 'form', explode: false } },
});

api.use(
  // Lets the server word its answers, problem details included, in the language the user reads.
  { onRequest: ({ request }) => void request.headers.set('Accept-Language', i18n.language) },
  createAuthMiddleware(renewSession),
);

let renewal: Promise<boolean> | null = null;

/**
 * Renews the session after a 401, once for every caller that meets one meanwhile — the client's middleware and
 * the photo upload alike; resolves false (and ends the session) when the server refuses.
 */
export function renewSession(): Promise<boolean> {
  renewal ??= refreshTokens().finally(() => {
    renewal = null;
  });
  return renewal;
}

/** Trades the refresh token for new tokens; ends the session when the server refuses. */
async function refreshTokens(): Promise<boolean> {
  const session = getSession();
  if (!session) return false;
  const { data } = await api.POST('/api/v1/auth/refresh', {
    body: { refreshToken: session.refreshToken },
  });
  if (data) saveSession(data);
  else clearSession();
  return data !== undefined;
}

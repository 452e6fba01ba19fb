import createClient from 'openapi-fetch';
import i18n from '../i18n/i18n';
import { createAuthMiddleware } from './authMiddleware';
import type { paths } from './schema';
import { clearSession, maySessionBeRenewed, saveSession } from './session';

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

/**
 * Trades the session cookie for a new access token; ends the session when the server refuses. The tabs of one browser
 * share the cookie, and each renewal replaces it: they take turns, so that no tab presents a cookie another has just
 * used up (which the server takes for a stolen token, ending the session).
 */
async function refreshTokens(): Promise<boolean> {
  if (!maySessionBeRenewed()) return false;
  const { data } = await oneTabAtATime(() => api.POST('/api/v1/auth/refresh', {}));
  if (data) saveSession(data);
  else clearSession();
  return data !== undefined;
}

async function oneTabAtATime<T>(renew: () => Promise<T>): Promise<T> {
  // Browsers without Web Locks (and jsdom) renew without taking turns.
  if (!('locks' in navigator)) return renew();
  return await navigator.locks.request('huiyin.session-renewal', renew);
}

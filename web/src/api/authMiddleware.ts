import type { Middleware } from 'openapi-fetch';
import { getSession } from './session';

// These carry their credentials themselves (a password, or the session cookie) and never need renewing.
const credentialPaths = new Set(['/api/v1/auth/login', '/api/v1/auth/refresh']);

// Their answers carry a refresh token: the header asks for it as the HttpOnly cookie rather than in the body, and
// proves to the refresh route that the page itself sent the request (another site's page cannot set it).
const sessionCookiePaths = new Set(['/api/v1/auth/login', '/api/v1/auth/refresh', '/api/v1/auth/password']);
export const sessionTransportHeader = 'X-Session-Transport';

/**
 * Sends the session's bearer token with every request but those of signing in and renewing. When the
 * API answers 401, renews the session and repeats the request with the new token. `renewSession` shares one
 * renewal among concurrent 401s and resolves false (and ends the session) when renewal is refused; the caller
 * then gets the original 401.
 */
export function createAuthMiddleware(renewSession: () => Promise<boolean>): Middleware {
  const replays = new WeakMap<Request, Request>();

  return {
    onRequest({ request, schemaPath }) {
      if (sessionCookiePaths.has(schemaPath)) request.headers.set(sessionTransportHeader, 'cookie');
      if (credentialPaths.has(schemaPath)) return;
      const authorization = currentAuthorization();
      if (authorization) request.headers.set('Authorization', authorization);
      replays.set(request, request.clone());
    },

    async onResponse({ request, response, options }) {
      const replay = replays.get(request);
      if (response.status !== 401 || !replay) return;
      const renewedMeanwhile = request.headers.get('Authorization') !== currentAuthorization();
      if (!renewedMeanwhile && !(await renewSession())) return;
      replay.headers.set('Authorization', currentAuthorization() ?? '');
      return options.fetch(replay);
    },
  };
}

function currentAuthorization(): string | null {
  const session = getSession();
  return session && `Bearer ${session.accessToken}`;
}

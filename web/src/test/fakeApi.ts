import { vi } from 'vitest';

type Handler = (request: Request) => Response | Promise<Response>;

/** Routes keyed by method and path, e.g. `'GET /api/v1/staff'`. */
export type Routes = Record<string, Handler>;

/**
 * Replaces `fetch` with a fake Huiyin API answering from `routes` (404 for anything else), and
 * records every request it was sent.
 */
export function fakeApi(routes: Routes) {
  const requests: Request[] = [];
  vi.stubGlobal('fetch', async (request: Request) => {
    requests.push(request.clone());
    const handler = routes[`${request.method} ${new URL(request.url).pathname}`];
    return handler ? handler(request) : problem(404, `No route for ${request.method} ${request.url}`);
  });
  return {
    requests,
    /** The requests sent to one route, e.g. `'POST /api/v1/auth/refresh'`. */
    sentTo: (route: string) => requests.filter((r) => `${r.method} ${new URL(r.url).pathname}` === route),
  };
}

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

export function problem(status: number, detail?: string, errors?: Record<string, string[]>): Response {
  return new Response(JSON.stringify({ type: 'about:blank', title: `HTTP ${status}`, status, detail, errors }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

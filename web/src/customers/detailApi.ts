import type { CurrentUser } from '../api/types';
import { fakeApi, json, type Routes } from '../test/fakeApi';
import type { Customer } from './types';

/**
 * A fake API behind one customer's detail page, signed in as `me`. It answers with `current()` at
 * ETag "7", so that a test's save can change what the page reads next; `more` adds or replaces routes.
 */
export function detailApi(me: CurrentUser, current: () => Customer, more: Routes = {}) {
  const { id } = current();
  return fakeApi({
    'GET /api/v1/auth/me': () => json(me),
    [`GET /api/v1/customers/${id}`]: () => new Response(JSON.stringify(current()), { headers: { 'Content-Type': 'application/json', ETag: '"7"' } }),
    [`GET /api/v1/customers/${id}/history`]: () => json({ items: [] }),
    [`GET /api/v1/customers/${id}/documents`]: () => json({ items: [] }),
    'GET /api/v1/customers/sensitive-access': () => json({ items: [], nextCursor: null }),
    ...more,
  });
}

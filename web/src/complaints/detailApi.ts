// The fake API of a complaint's page, for its tests.
import type { CurrentUser } from '../api/types';
import { fakeApi, json, type Routes } from '../test/fakeApi';
import { complaint } from './fixtures';
import type { Complaint } from './types';

export const path = `/api/v1/complaints/${complaint().id}`;

/** The complaint `shown` to `me`, with no evidence, contacts or history unless `more` says otherwise. */
export function detailApi(me: CurrentUser, shown: Complaint, more: Routes = {}) {
  return fakeApi({
    'GET /api/v1/auth/me': () => json(me),
    [`GET ${path}`]: () => new Response(JSON.stringify(shown), { headers: { 'Content-Type': 'application/json', ETag: '"4"' } }),
    [`GET ${path}/evidence`]: () => json({ items: [] }),
    [`GET ${path}/contacts`]: () => json({ items: [] }),
    [`GET ${path}/timeline`]: () => json({ items: [] }),
    ...more,
  });
}

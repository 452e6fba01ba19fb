import { ApiError, unwrap } from '../api/problem';

/** A resource with the entity tag it was read at, to send back as `If-Match` when changing it. */
export interface Versioned<T> {
  resource: T;
  etag: string;
}

/** The data of a successful call that answers with an `ETag` header, and that tag; throws an ApiError otherwise. */
export async function unwrapVersioned<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<Versioned<T>> {
  const result = await call;
  const resource = await unwrap(Promise.resolve(result));
  return { resource, etag: result.response.headers.get('ETag') ?? '' };
}

/** Whether a change was refused because someone else changed the resource since it was read (412). */
export function isStale(error: unknown): boolean {
  return error instanceof ApiError && error.status === 412;
}

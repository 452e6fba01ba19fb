import { api } from './client';
import { unwrap } from './problem';

type Answer<T> = Promise<{ data?: T; error?: unknown; response: Response }>;

/**
 * File content is not described by the OpenAPI document (multipart bodies, binary answers), so these calls name
 * their paths untyped; they still pass through the API client's middleware: bearer token, language, and one
 * session renewal on a 401.
 */
const untyped = api as unknown as {
  request<T>(method: 'get' | 'post', path: string, init: { body?: FormData; parseAs?: 'blob' | 'json' }): Answer<T>;
};

/** Posts a multipart form (a file and its fields); throws an ApiError when the server refuses it. */
export function upload<T>(path: string, body: FormData): Promise<T> {
  return unwrap(untyped.request<T>('post', path, { body }));
}

/** Fetches a file and hands it to the browser as a download, named as the server names it. */
export async function download(path: string): Promise<void> {
  const call = untyped.request<Blob>('get', path, { parseAs: 'blob' });
  const blob = await unwrap(call);
  const { response } = await call;
  const name = attachmentName(response.headers.get('Content-Disposition') ?? '');
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  URL.revokeObjectURL(url);
}

/** The name a Content-Disposition gives: its UTF-8 filename* (RFC 5987) when there is one, else its ASCII filename. */
export function attachmentName(disposition: string): string {
  const utf8 = /filename\*=UTF-8''([^;\s]+)/i.exec(disposition)?.[1];
  return utf8 ? decodeURIComponent(utf8) : (/filename="?([^";]+)"?/.exec(disposition)?.[1] ?? 'download');
}

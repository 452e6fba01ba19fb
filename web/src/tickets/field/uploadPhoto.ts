import { renewSession } from '../../api/client';
import { ApiError, asProblem } from '../../api/problem';
import type { components } from '../../api/schema';
import { getSession } from '../../api/session';
import i18n from '../../i18n/i18n';

export type JobPhoto = components['schemas']['PhotoResponse'];

interface Upload {
  /** Where the photo goes: a job's or an inspection round's photos. */
  path: string;
  file: File;
  /** The photo's `Idempotency-Key`: a retry with the same key stores one photo. */
  key: string;
  /** The share sent so far, 0 to 100. */
  onProgress: (percent: number) => void;
}

/**
 * Sends a site photo as the raw body, reporting upload progress (fetch cannot); when the access
 * token has expired, renews the session as the API client does (one renewal for all) and sends it once more.
 */
export async function uploadPhoto<Photo = JobPhoto>(upload: Upload): Promise<Photo> {
  const first = await send(upload);
  if (first.status !== 401 || !(await renewSession())) return answer<Photo>(first);
  return answer<Photo>(await send(upload));
}

function answer<Photo>(request: XMLHttpRequest): Photo {
  const body: unknown = request.responseText ? JSON.parse(request.responseText) : undefined;
  if (request.status >= 200 && request.status < 300) return body as Photo;
  throw new ApiError(request.status, asProblem(body));
}

function send({ path, file, key, onProgress }: Upload): Promise<XMLHttpRequest> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `${window.location.origin}${path}`);
    request.setRequestHeader('Content-Type', file.type || 'application/octet-stream');
    request.setRequestHeader('Idempotency-Key', key);
    request.setRequestHeader('Accept-Language', i18n.language);
    const session = getSession();
    if (session) request.setRequestHeader('Authorization', `Bearer ${session.accessToken}`);
    request.upload.onprogress = (event) => event.lengthComputable && onProgress(Math.round((event.loaded / event.total) * 100));
    request.onload = () => resolve(request);
    request.onerror = () => reject(new Error(i18n.t('tickets.field.network')));
    request.send(file);
  });
}

import { useRef } from 'react';

/**
 * The `Idempotency-Key` of a submission: the same while the form sends the same body (a double
 * click, a retry after a lost answer), so the server creates one ticket; a fresh one once the body
 * changes, since the server refuses a known key with another body.
 */
export function useSubmissionKey(): (body: unknown) => string {
  const last = useRef<{ body: string; key: string }>(undefined);
  return (body) => {
    const sent = JSON.stringify(body);
    if (last.current?.body !== sent) last.current = { body: sent, key: randomUuid() };
    return last.current.key;
  };
}

/** A version 4 UUID; `crypto.randomUUID` exists only on https and localhost pages. */
export function randomUuid(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

import { api } from '../api/client';
import { unwrap } from '../api/problem';
import type { AuditEntry } from '../api/types';
import { usePaged } from '../shared/usePaged';

/** What the audit trail is filtered by; empty fields do not filter. */
export interface AuditFilter {
  from?: string;
  to?: string;
  actorId?: string;
  operation?: string;
}

/** The audit trail's records matching the filter, newest first, a page at a time. */
export function useAuditRecords(filter: AuditFilter) {
  return usePaged<AuditEntry>(['system', 'audit', filter], (cursor) =>
    unwrap(api.GET('/api/v1/audit', { params: { query: { ...filter, cursor } } })),
  );
}

/** The address of the same records as a CSV download. */
export function auditCsvPath(filter: AuditFilter): string {
  const query = new URLSearchParams({ format: 'csv' });
  Object.entries(filter).forEach(([name, value]) => value && query.set(name, value));
  return `/api/v1/audit?${query.toString()}`;
}

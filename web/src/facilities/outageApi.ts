import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/problem';
import { refreshBehind } from '../api/refreshBehind';
import { usePaged } from '../shared/usePaged';
import { facilitiesKey } from './api';
import type { NewOutage } from './types';

const outagesKey = [...facilitiesKey, 'outages'] as const;
const noticesKey = [...facilitiesKey, 'notices'] as const;
/** How often the agents' banner looks again for outages started or restored meanwhile. */
const noticeRefreshMs = 60_000;

export function useOutages(active: boolean | undefined) {
  return usePaged([...outagesKey, 'list', active], (cursor) =>
    unwrap(api.GET('/api/v1/facilities/outages', { params: { query: { active, cursor, limit: 50 } } })),
  );
}

export function useOutage(id: string | undefined) {
  return useQuery({
    queryKey: [...outagesKey, id],
    queryFn: () => unwrap(api.GET('/api/v1/facilities/outages/{id}', { params: { path: { id: id! } } })),
    enabled: id !== undefined,
  });
}

export function useCreateOutage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewOutage) => unwrap(api.POST('/api/v1/facilities/outages', { body })),
    onSuccess: () => refreshBehind(queryClient, facilitiesKey),
  });
}

export function useRestoreOutage(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (restoredAt: string) => unwrap(api.POST('/api/v1/facilities/outages/{id}/restore', { params: { path: { id } }, body: { restoredAt } })),
    onSuccess: () => refreshBehind(queryClient, facilitiesKey),
  });
}

/** The notices in force; each names which of `unitIds` it affects. */
export function useActiveNotices(unitIds: readonly string[] = [], enabled = true) {
  return useQuery({
    queryKey: [...noticesKey, unitIds],
    queryFn: () => unwrap(api.GET('/api/v1/facilities/notices/active', { params: { query: { unitIds: unitIds.join(',') || undefined } } })),
    refetchInterval: noticeRefreshMs,
    // Asking about another unit keeps the banner up meanwhile, rather than hiding and showing it again.
    placeholderData: (previous) => previous,
    enabled,
  });
}

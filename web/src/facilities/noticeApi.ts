import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/problem';
import { refreshBehind } from '../api/refreshBehind';
import { usePaged } from '../shared/usePaged';
import type { NewNotice, NoticeKind } from './types';

const sentNoticesKey = ['notices'] as const;

export function useNotices(kind: NoticeKind | undefined, q: string) {
  return usePaged([...sentNoticesKey, 'list', kind, q], (cursor) =>
    unwrap(api.GET('/api/v1/notices', { params: { query: { kind, q: q || undefined, cursor, limit: 50 } } })),
  );
}

export function useNotice(id: string | undefined) {
  return useQuery({
    queryKey: [...sentNoticesKey, id],
    queryFn: () => unwrap(api.GET('/api/v1/notices/{id}', { params: { path: { id: id! } } })),
    enabled: id !== undefined,
  });
}

export function useNoticeDeliveries(id: string) {
  return usePaged([...sentNoticesKey, id, 'deliveries'], (cursor) =>
    unwrap(api.GET('/api/v1/notices/{id}/deliveries', { params: { path: { id }, query: { cursor, limit: 200 } } })),
  );
}

export function useSendNotice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewNotice) => unwrap(api.POST('/api/v1/notices', { body })),
    onSuccess: () => refreshBehind(queryClient, sentNoticesKey),
  });
}

export function useAcknowledgeDelivery(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (unitId: string) => unwrap(api.POST('/api/v1/notices/{id}/deliveries/{unitId}/acknowledge', { params: { path: { id, unitId } } })),
    onSuccess: () => refreshBehind(queryClient, sentNoticesKey),
  });
}

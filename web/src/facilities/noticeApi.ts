import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/problem';
import { refreshBehind } from '../api/refreshBehind';
import { usePaged } from '../shared/usePaged';
import type { NewNotice, NoticeKind, NoticeLetters } from './types';

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

/** Every letter of a notice sent by letter, read a page after another, to print at once. */
export function useNoticeLetters(id: string) {
  return useQuery({
    queryKey: [...sentNoticesKey, id, 'letters'],
    queryFn: async (): Promise<NoticeLetters> => {
      let page = await lettersPage(id, undefined);
      const items = [...page.items];
      while (page.nextCursor) {
        page = await lettersPage(id, page.nextCursor);
        items.push(...page.items);
      }
      return { ...page, items, nextCursor: null };
    },
  });
}

function lettersPage(id: string, cursor: string | undefined) {
  return unwrap(api.GET('/api/v1/notices/{id}/letters', { params: { path: { id }, query: { cursor, limit: 200 } } }));
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

export function useAcknowledgeDeliveries(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (unitIds: string[]) => unwrap(api.POST('/api/v1/notices/{id}/deliveries/acknowledge', { params: { path: { id } }, body: { unitIds } })),
    onSuccess: () => refreshBehind(queryClient, sentNoticesKey),
  });
}

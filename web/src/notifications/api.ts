import { useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/problem';
import type { components } from '../api/schema';

export type OutgoingMessage = components['schemas']['MessageResponse'];

const pageSize = 50;

/** The text messages sent or waiting, newest first, a page at a time; only those about one ticket or complaint when given. */
export function useOutgoingMessages(relatedItemId: string | undefined) {
  const list = useInfiniteQuery({
    queryKey: ['notifications', 'messages', relatedItemId],
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/api/v1/notifications/messages', { params: { query: { relatedItemId, cursor: pageParam, limit: pageSize } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  return { ...list, messages: list.data?.pages.flatMap((page) => page.items) ?? [] };
}

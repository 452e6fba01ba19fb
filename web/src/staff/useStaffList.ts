import { useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/problem';
import type { StaffFilter } from './useStaffFilter';

export const staffKey = ['staff'] as const;

const pageSize = 50;

/** The staff matching the filter, a page at a time (`fetchNextPage` loads more). */
export function useStaffList(filter: StaffFilter) {
  const query = useInfiniteQuery({
    queryKey: [...staffKey, filter],
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/api/v1/staff', { params: { query: { ...filter, cursor: pageParam, limit: pageSize } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  return { ...query, staff: query.data?.pages.flatMap((page) => page.items) ?? [] };
}

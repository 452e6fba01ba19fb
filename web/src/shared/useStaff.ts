import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/problem';

const staffKey = ['staff'] as const;
const pickerSize = 20;

/** Active staff whose name, username or service number matches `search`: the first few, for a picker. */
export function useStaffSearch(search: string) {
  return useQuery({
    queryKey: [...staffKey, 'search', search],
    queryFn: () => unwrap(api.GET('/api/v1/staff', { params: { query: { search: search || undefined, active: true, limit: pickerSize } } })),
  });
}

/** One staff member by id; nothing to fetch without an id. */
export function useStaffMember(id: string | null | undefined) {
  return useQuery({
    queryKey: [...staffKey, 'member', id],
    enabled: !!id,
    staleTime: 5 * 60_000,
    queryFn: () => unwrap(api.GET('/api/v1/staff/{id}', { params: { path: { id: id! } } })),
  });
}

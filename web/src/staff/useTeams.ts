import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/problem';

/** The teams, by name; idle unless `enabled` (reading them takes staff:read). */
export function useTeams(enabled = true) {
  const query = useQuery({
    queryKey: ['teams'],
    queryFn: () => unwrap(api.GET('/api/v1/teams')),
    staleTime: 5 * 60_000,
    enabled,
  });
  return query.data?.items ?? [];
}

import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/problem';

export function useTeams() {
  const query = useQuery({
    queryKey: ['teams'],
    queryFn: () => unwrap(api.GET('/api/v1/teams')),
    staleTime: 5 * 60_000,
  });
  return query.data?.items ?? [];
}

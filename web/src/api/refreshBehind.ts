import type { QueryClient, QueryKey } from '@tanstack/react-query';

/**
 * Marks the queries under `queryKey` stale and refetches the ones on screen, without waiting for them: a change is
 * done once the server has answered, so its confirmation shows at once and the pages refresh behind it.
 */
export function refreshBehind(queryClient: QueryClient, queryKey: QueryKey): void {
  void queryClient.invalidateQueries({ queryKey });
}

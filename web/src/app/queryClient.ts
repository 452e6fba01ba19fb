import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/problem';

/** Retries a failed read once, except when the server answered with a client error. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failures, error) => failures < 1 && !(error instanceof ApiError && error.status < 500),
        refetchOnWindowFocus: false,
      },
    },
  });
}

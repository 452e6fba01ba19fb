import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/problem';

/** Where a rotation of the customer-data keys stands; polled while values still wait for the new key. */
export function useEncryptionStatus() {
  return useQuery({
    queryKey: ['customers', 'encryption'],
    queryFn: () => unwrap(api.GET('/api/v1/customers/encryption')),
    refetchInterval: (query) => (query.state.data && !query.state.data.complete ? 30_000 : false),
  });
}

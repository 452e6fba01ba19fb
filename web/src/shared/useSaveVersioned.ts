import { useMutation, useQueryClient } from '@tanstack/react-query';
import { refreshBehind } from '../api/refreshBehind';

interface Saving<Fields> {
  /** Absent for a new resource. */
  id?: string;
  /** The ETag the resource was read at, sent as If-Match. */
  etag?: string;
  fields: Fields;
}

interface Calls<Fields, Saved> {
  create: (fields: Fields) => Promise<Saved>;
  update: (id: string, etag: string, fields: Fields) => Promise<Saved>;
}

/** Creates a resource, or changes one read with an ETag; then refreshes everything under `key`. */
export function useSaveVersioned<Fields, Saved>(key: readonly unknown[], { create, update }: Calls<Fields, Saved>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, etag, fields }: Saving<Fields>) => (id ? update(id, etag ?? '', fields) : create(fields)),
    onSuccess: () => refreshBehind(queryClient, key),
  });
}

import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useEffect } from 'react';

type Listener = (linkType: string) => void;

const listeners = new Set<Listener>();

/** Tells the lists on the page that something about an item of this type (`ticket`, `complaint`…) was pushed. */
export function publishPush(linkType: string): void {
  listeners.forEach((listener) => listener(linkType));
}

/** Refetches the query under `queryKey` whenever a push about an item of `linkType` arrives. */
export function usePushRefresh(linkType: string, queryKey: QueryKey): void {
  const queryClient = useQueryClient();
  const key = JSON.stringify(queryKey);
  useEffect(() => {
    const listener: Listener = (pushed) => {
      if (pushed === linkType) void queryClient.invalidateQueries({ queryKey: JSON.parse(key) as QueryKey });
    };
    listeners.add(listener);
    return () => void listeners.delete(listener);
  }, [queryClient, linkType, key]);
}

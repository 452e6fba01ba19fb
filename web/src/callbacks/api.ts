import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/problem';
import { refreshBehind } from '../api/refreshBehind';
import { ticketsKey } from '../tickets/api';
import type { CallbackDue, NewAttempt, NewCallback } from './types';

export const callbacksKey = ['callbacks'] as const;

/** The workbench's callbacks due today, overdue or later, in call order. */
export function useCallbackList(due: CallbackDue) {
  return useQuery({
    queryKey: [...callbacksKey, 'list', due],
    queryFn: () => unwrap(api.GET('/api/v1/callbacks', { params: { query: { due, limit: 200 } } })),
    select: (page) => page.items,
  });
}

/** The callbacks following one ticket, complaint or visit. */
export function useCaseCallbacks(itemId: string) {
  return useQuery({
    queryKey: [...callbacksKey, 'case', itemId],
    queryFn: () => unwrap(api.GET('/api/v1/callbacks', { params: { query: { itemId } } })),
    select: (page) => page.items,
  });
}

/** Records a call; the answer may close, reopen or open cases, so the tickets are fetched again too. */
export function useRecordAttempt(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Omit<NewAttempt, 'id'>) => unwrap(api.POST('/api/v1/callbacks/{id}/attempts', { params: { path: { id } }, body: { ...body, id } })),
    onSuccess: () => {
      refreshBehind(queryClient, callbacksKey);
      refreshBehind(queryClient, ticketsKey);
    },
  });
}

/** Books a callback the customer asked for (登记回访). */
export function useRequestCallback() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewCallback) => unwrap(api.POST('/api/v1/callbacks', { body })),
    onSuccess: () => refreshBehind(queryClient, callbacksKey),
  });
}

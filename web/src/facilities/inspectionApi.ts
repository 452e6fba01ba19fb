import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/problem';
import { refreshBehind } from '../api/refreshBehind';
import { facilitiesKey } from './api';
import type { NewChecklist, RoundItemRecord } from './types';

const checklistsKey = [...facilitiesKey, 'checklists'] as const;
const roundsKey = [...facilitiesKey, 'rounds'] as const;

export function useChecklists() {
  return useQuery({ queryKey: checklistsKey, queryFn: () => unwrap(api.GET('/api/v1/facilities/checklists')) });
}

export function useCreateChecklist() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewChecklist) => unwrap(api.POST('/api/v1/facilities/checklists', { body })),
    onSuccess: () => refreshBehind(queryClient, checklistsKey),
  });
}

/** A day's rounds (today unless `date`, YYYY-MM-DD). */
export function useRounds(date?: string) {
  return useQuery({
    queryKey: [...roundsKey, 'list', date],
    queryFn: () => unwrap(api.GET('/api/v1/facilities/rounds', { params: { query: { date } } })),
  });
}

export function useRound(id: string) {
  return useQuery({
    queryKey: [...roundsKey, id],
    queryFn: () => unwrap(api.GET('/api/v1/facilities/rounds/{id}', { params: { path: { id } } })),
  });
}

export function useRecordRoundItem(roundId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ itemId, body }: { itemId: string; body: RoundItemRecord }) =>
      unwrap(api.POST('/api/v1/facilities/rounds/{id}/items/{itemId}', { params: { path: { id: roundId, itemId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: roundsKey }),
  });
}

export function useCompleteRound(roundId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/facilities/rounds/{id}/complete', { params: { path: { id: roundId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: roundsKey }),
  });
}

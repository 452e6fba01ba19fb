import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/problem';
import { useSaveVersioned } from '../shared/useSaveVersioned';
import { unwrapVersioned } from '../shared/versioned';
import { facilitiesKey } from './api';
import type { Checklist, NewChecklist, RoundItemRecord } from './types';

const checklistsKey = [...facilitiesKey, 'checklists'] as const;
const roundsKey = [...facilitiesKey, 'rounds'] as const;

export function useChecklists() {
  return useQuery({ queryKey: checklistsKey, queryFn: () => unwrap(api.GET('/api/v1/facilities/checklists')) });
}

/** One checklist with its ETag, read afresh for editing. */
export function useChecklist(id: string | undefined) {
  return useQuery({
    queryKey: [...checklistsKey, 'one', id],
    queryFn: () => unwrapVersioned(api.GET('/api/v1/facilities/checklists/{id}', { params: { path: { id: id! } } })),
    enabled: id !== undefined,
    staleTime: 0,
  });
}

/** Creates a checklist, or changes one read with its ETag. */
export function useSaveChecklist() {
  return useSaveVersioned<NewChecklist, Checklist>(checklistsKey, {
    create: (body) => unwrap(api.POST('/api/v1/facilities/checklists', { body })),
    update: (id, etag, body) => unwrap(api.PUT('/api/v1/facilities/checklists/{id}', { params: { path: { id } }, headers: { 'If-Match': etag }, body })),
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

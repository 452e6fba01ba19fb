import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/problem';
import { refreshBehind } from '../api/refreshBehind';
import { useSaveVersioned } from '../shared/useSaveVersioned';
import { unwrapVersioned } from '../shared/versioned';
import type { KnowledgeEntry, KnowledgeForm, KnowledgeStatus } from './types';

export const knowledgeKey = ['knowledge'] as const;

interface Search {
  search?: string;
  category?: string;
  status?: KnowledgeStatus;
}

/** Answers and scripts that match, approved ones unless `status` says otherwise. */
export function useKnowledgeSearch({ search, category, status }: Search) {
  return useQuery({
    queryKey: [...knowledgeKey, 'search', search ?? '', category ?? '', status ?? 'Approved'],
    queryFn: () => unwrap(api.GET('/api/v1/knowledge', { params: { query: { search: search || undefined, category: category || undefined, status } } })),
    placeholderData: (previous) => previous,
  });
}

/** The caller's own entries whose review day has come. */
export function useDueForReview(enabled: boolean) {
  return useQuery({ queryKey: [...knowledgeKey, 'due'], enabled, queryFn: () => unwrap(api.GET('/api/v1/knowledge/due-for-review')) });
}

/** One entry with its ETag, read afresh for editing. */
export function useKnowledgeEntry(id: string | undefined) {
  return useQuery({
    queryKey: [...knowledgeKey, 'one', id],
    queryFn: () => unwrapVersioned(api.GET('/api/v1/knowledge/{id}', { params: { path: { id: id! } } })),
    enabled: id !== undefined,
    staleTime: 0,
  });
}

/** Drafts an entry, or rewords one read with its ETag. */
export function useSaveKnowledgeEntry() {
  return useSaveVersioned<KnowledgeForm, KnowledgeEntry>(knowledgeKey, {
    create: (body) => unwrap(api.POST('/api/v1/knowledge', { body })),
    update: (id, etag, body) => unwrap(api.PUT('/api/v1/knowledge/{id}', { params: { path: { id } }, headers: { 'If-Match': etag }, body })),
  });
}

/** Approves (a Supervisor or above) or retires an entry. */
export function useMoveKnowledgeEntry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, move }: { id: string; move: 'approve' | 'retire' }) =>
      unwrap(
        move === 'approve'
          ? api.POST('/api/v1/knowledge/{id}/approve', { params: { path: { id } } })
          : api.POST('/api/v1/knowledge/{id}/retire', { params: { path: { id } } }),
      ),
    onSuccess: () => refreshBehind(queryClient, knowledgeKey),
  });
}

/** The phrases staff must never say, kept for the session: they change seldom. */
export function useForbiddenPhrases() {
  return useQuery({
    queryKey: [...knowledgeKey, 'phrases'],
    queryFn: () => unwrap(api.GET('/api/v1/knowledge/forbidden-phrases')),
    staleTime: 10 * 60_000,
  });
}

export function useSetForbiddenPhrases() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (phrases: string[]) => unwrap(api.PUT('/api/v1/knowledge/forbidden-phrases', { body: { phrases } })),
    onSuccess: () => refreshBehind(queryClient, knowledgeKey),
  });
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/problem';
import type { components } from '../api/schema';
import { currentUserKey } from '../auth/useCurrentUser';

export type KindPreference = components['schemas']['KindPreference'];
export type Contact = components['schemas']['ChangeMyContact'];

const preferencesKey = ['me', 'notification-preferences'] as const;

/** How each kind of news reaches the signed-in person. */
export function usePreferences() {
  return useQuery({
    queryKey: preferencesKey,
    queryFn: () => unwrap(api.GET('/api/v1/me/notification-preferences')),
  });
}

/** Changes the channels of one kind; the others keep theirs. */
export function useChangePreference() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (choice: KindPreference) => unwrap(api.PUT('/api/v1/me/notification-preferences', { body: { kinds: [choice] } })),
    onSuccess: (preferences) => queryClient.setQueryData(preferencesKey, preferences),
  });
}

/** Sets where e-mails and text messages go; the signed-in user is read again to show them. */
export function useChangeContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (contact: Contact) => unwrap(api.PUT('/api/v1/me/contact', { body: contact })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: currentUserKey }),
  });
}

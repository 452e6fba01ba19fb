import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/problem';
import { saveSession } from '../api/session';
import type { PasswordChange } from '../api/types';
import { currentUserKey } from './useCurrentUser';

/** Changes the signed-in person's password; the server ends every session and answers with a fresh one. */
export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: PasswordChange) => unwrap(api.POST('/api/v1/auth/password', { body: change })),
    onSuccess: (session) => {
      saveSession(session);
      queryClient.setQueryData(currentUserKey, session.user);
    },
  });
}

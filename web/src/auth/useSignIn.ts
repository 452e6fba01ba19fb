import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/problem';
import { saveSession } from '../api/session';
import { currentUserKey } from './useCurrentUser';

export interface Credentials {
  username: string;
  password: string;
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: Credentials) => unwrap(api.POST('/api/v1/auth/login', { body: credentials })),
    onSuccess: (signedIn) => {
      queryClient.clear();
      queryClient.setQueryData(currentUserKey, signedIn.user);
      saveSession(signedIn);
    },
  });
}

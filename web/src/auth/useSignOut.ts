import { useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { clearSession, getSession } from '../api/session';

/** Revokes the refresh token, forgets the session and everything fetched with it. */
export function useSignOut() {
  const queryClient = useQueryClient();
  return async () => {
    const session = getSession();
    clearSession();
    queryClient.clear();
    if (!session) return;
    // Signed out here whatever happens; an unreachable server just keeps a token nobody holds.
    await api.POST('/api/v1/auth/logout', { body: { refreshToken: session.refreshToken } }).catch(() => undefined);
  };
}

import { useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { clearSession, getSession } from '../api/session';

/** Ends the session on the server (which also clears the session cookie), then forgets it and everything fetched with it. */
export function useSignOut() {
  const queryClient = useQueryClient();
  return async () => {
    try {
      // The access token names the session; the client renews it first if it has run out.
      if (getSession()) await api.POST('/api/v1/auth/logout');
    } catch {
      // Signed out here whatever happens: an unreachable server keeps a session this browser no longer renews.
    } finally {
      clearSession();
      queryClient.clear();
    }
  };
}

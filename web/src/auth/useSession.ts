import { useSyncExternalStore } from 'react';
import { getSession, subscribeToSession, type Session } from '../api/session';

export function useSession(): Session | null {
  return useSyncExternalStore(subscribeToSession, getSession);
}

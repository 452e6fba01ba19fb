import { useEffect, useState, useSyncExternalStore } from 'react';
import { renewSession } from '../api/client';
import { getSession, maySessionBeRenewed, subscribeToSession, type Session } from '../api/session';

export function useSession(): Session | null {
  return useSyncExternalStore(subscribeToSession, getSession);
}

/** The session, renewed through the session cookie when the page was reloaded while signed in; `restoring` meanwhile. */
export function useRestoredSession(): { session: Session | null; restoring: boolean } {
  const session = useSession();
  const [restoring, setRestoring] = useState(() => session === null && maySessionBeRenewed());

  useEffect(() => {
    if (restoring) void renewSession().finally(() => setRestoring(false));
  }, [restoring]);

  return { session, restoring };
}

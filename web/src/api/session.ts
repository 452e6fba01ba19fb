// The signed-in session's access token, kept in memory only: no script injected into the page finds a token in
// storage. The refresh token is an HttpOnly cookie the page cannot read; after a reload the client renews the
// access token through it. localStorage holds only the fact that this browser is signed in, so that a reload knows
// to renew and a tab that signs out tells the others (the `storage` event).

export interface Session {
  accessToken: string;
}

const signedInKey = 'huiyin.signedIn';
const listeners = new Set<() => void>();

let current: Session | null = null;

export function getSession(): Session | null {
  return current;
}

export function saveSession({ accessToken }: Session): void {
  current = { accessToken };
  localStorage.setItem(signedInKey, 'true');
  notify();
}

export function clearSession(): void {
  current = null;
  localStorage.removeItem(signedInKey);
  notify();
}

/** Whether this browser signed in and has not signed out since: a session cookie may then renew the session. */
export function maySessionBeRenewed(): boolean {
  return localStorage.getItem(signedInKey) !== null;
}

export function subscribeToSession(listener: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key !== signedInKey) return;
    if (event.newValue === null) current = null;
    listener();
  };
  listeners.add(listener);
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

function notify(): void {
  listeners.forEach((listener) => listener());
}

// The signed-in session (access and refresh token), kept in localStorage so that it survives a
// reload and is shared by the tabs of one browser: a tab that renews or ends the session tells the
// others through the `storage` event.

export interface Session {
  accessToken: string;
  refreshToken: string;
}

const storageKey = 'huiyin.session';
const listeners = new Set<() => void>();

let cachedRaw: string | null = null;
let cachedSession: Session | null = null;

export function getSession(): Session | null {
  const raw = localStorage.getItem(storageKey);
  if (raw !== cachedRaw) {
    cachedRaw = raw;
    cachedSession = raw === null ? null : (JSON.parse(raw) as Session);
  }
  return cachedSession;
}

export function saveSession({ accessToken, refreshToken }: Session): void {
  localStorage.setItem(storageKey, JSON.stringify({ accessToken, refreshToken }));
  notify();
}

export function clearSession(): void {
  localStorage.removeItem(storageKey);
  notify();
}

export function subscribeToSession(listener: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === storageKey) listener();
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

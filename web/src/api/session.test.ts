import { expect, it, vi } from 'vitest';
import { getSession, saveSession, subscribeToSession } from './session';

it('tells subscribers when this tab or another changes the session', () => {
  const listener = vi.fn();
  const unsubscribe = subscribeToSession(listener);

  saveSession({ accessToken: 'access-1', refreshToken: 'refresh-1' });
  expect(listener).toHaveBeenCalledTimes(1);

  // Another tab renewed the session: only the storage event says so.
  localStorage.setItem('huiyin.session', JSON.stringify({ accessToken: 'access-2', refreshToken: 'refresh-2' }));
  window.dispatchEvent(new StorageEvent('storage', { key: 'huiyin.session' }));
  expect(listener).toHaveBeenCalledTimes(2);
  expect(getSession()).toEqual({ accessToken: 'access-2', refreshToken: 'refresh-2' });

  unsubscribe();
  saveSession({ accessToken: 'access-3', refreshToken: 'refresh-3' });
  expect(listener).toHaveBeenCalledTimes(2);
});

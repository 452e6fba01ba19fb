import { expect, it, vi } from 'vitest';
import { clearSession, getSession, maySessionBeRenewed, saveSession, subscribeToSession } from './session';

it('keeps the access token in memory and only a signed-in flag in localStorage', () => {
  saveSession({ accessToken: 'access-1' });

  expect(getSession()).toEqual({ accessToken: 'access-1' });
  expect(localStorage.getItem('huiyin.signedIn')).toBe('true');
  expect(Object.values(localStorage).join()).not.toContain('access-1');
  expect(maySessionBeRenewed()).toBe(true);
});

it('forgets the token and the flag on sign-out', () => {
  saveSession({ accessToken: 'access-1' });

  clearSession();

  expect(getSession()).toBeNull();
  expect(localStorage.getItem('huiyin.signedIn')).toBeNull();
  expect(maySessionBeRenewed()).toBe(false);
});

it('tells subscribers when this tab changes the session, and ends it when another tab signs out', () => {
  const listener = vi.fn();
  const unsubscribe = subscribeToSession(listener);

  saveSession({ accessToken: 'access-1' });
  expect(listener).toHaveBeenCalledTimes(1);

  // Another tab signed out: only the storage event says so.
  window.dispatchEvent(new StorageEvent('storage', { key: 'huiyin.signedIn', newValue: null }));
  expect(listener).toHaveBeenCalledTimes(2);
  expect(getSession()).toBeNull();

  unsubscribe();
  saveSession({ accessToken: 'access-2' });
  expect(listener).toHaveBeenCalledTimes(2);
});

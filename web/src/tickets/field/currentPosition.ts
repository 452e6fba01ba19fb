import type { Position } from './api';

/** Where the phone is, when the browser may tell within a few seconds; otherwise nothing (check-in works without). */
export function currentPosition(): Promise<Position> {
  return new Promise((resolve) => {
    if (!('geolocation' in navigator)) return resolve({});
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => resolve({ latitude: coords.latitude, longitude: coords.longitude }),
      () => resolve({}),
      { timeout: 5_000, maximumAge: 60_000 },
    );
  });
}

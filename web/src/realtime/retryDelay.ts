/** How long to wait before the next attempt to reach the hub: 1 s, doubling, at most 30 s, with up to a second of jitter so that screens do not all come back at once. */
export function retryDelay(attempt: number, jitter = Math.random()): number {
  return Math.min(30_000, 1000 * 2 ** attempt) + Math.round(jitter * 1000);
}

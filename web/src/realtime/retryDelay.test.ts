import { expect, it } from 'vitest';
import { retryDelay } from './retryDelay';

it('waits a second, doubling each attempt up to 30 s, plus the jitter', () => {
  expect([0, 1, 2, 5, 10].map((attempt) => retryDelay(attempt, 0))).toEqual([1000, 2000, 4000, 30_000, 30_000]);
  expect(retryDelay(0, 0.5)).toBe(1500);
});

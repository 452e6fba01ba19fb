import { describe, expect, it } from 'vitest';
import { nextDueDates } from './nextDueDates';

describe('a plan’s next due dates', () => {
  it('counts each step from the first due date, from today on', () => {
    expect(nextDueDates('2026-01-15', 'Monthly', '2026-12-06')).toEqual(['2026-12-15', '2027-01-15', '2027-02-15']);
    expect(nextDueDates('2026-01-31', 'Monthly', '2026-02-01', 2)).toEqual(['2026-02-28', '2026-03-31']);
    expect(nextDueDates('2026-03-01', 'Quarterly', '2026-03-01', 2)).toEqual(['2026-03-01', '2026-06-01']);
    expect(nextDueDates('2026-12-01', 'Weekly', '2026-12-06', 2)).toEqual(['2026-12-08', '2026-12-15']);
    expect(nextDueDates('2025-05-20', 'Annual', '2026-12-06', 1)).toEqual(['2027-05-20']);
  });
});

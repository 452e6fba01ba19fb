import dayjs from 'dayjs';
import type { Recurrence } from './types';

const step: Record<Recurrence, [number, 'week' | 'month']> = { Weekly: [1, 'week'], Monthly: [1, 'month'], Quarterly: [3, 'month'], Annual: [12, 'month'] };

/**
 * The next `count` due dates of a plan from `today` on, as its rule lays them out (before the business calendar moves one
 * off a day off): every step counted from the first due date, so 31 January monthly falls on the last of shorter months.
 */
export function nextDueDates(firstDueOn: string, recurrence: Recurrence, today: string, count = 3): string[] {
  const [size, unit] = step[recurrence];
  const first = dayjs(firstDueOn);
  const dates: string[] = [];
  for (let n = 0; dates.length < count; n++) {
    const due = first.add(n * size, unit).format('YYYY-MM-DD');
    if (due >= today) dates.push(due);
  }
  return dates;
}

import { describe, expect, it } from 'vitest';
import { officialDaysOf, toICalendar } from './officialDays';

describe('official holidays', () => {
  it('knows the State Council arrangement of a year: days off and the weekend days worked instead', async () => {
    const { holidays, workdays } = await officialDaysOf(2026);

    expect(holidays).toContainEqual({ date: '2026-10-01', name: '国庆节' });
    expect(holidays).toContainEqual({ date: '2026-02-17', name: '春节' });
    expect(workdays).toEqual([
      { date: '2026-01-04', name: '元旦' },
      { date: '2026-02-14', name: '春节' },
      { date: '2026-02-28', name: '春节' },
      { date: '2026-05-09', name: '劳动节' },
      { date: '2026-09-20', name: '国庆节' },
      { date: '2026-10-10', name: '国庆节' },
    ]);
  });

  it('writes them as all-day events whose summary says 班 for working days only', () => {
    const ics = toICalendar(
      { holidays: [{ date: '2026-12-31', name: '元旦' }], workdays: [{ date: '2026-10-10', name: '国庆节' }] },
      new Date('2026-11-23T01:02:03.456Z'),
    );

    expect(ics.split('\r\n')).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Huiyin//SLA calendar//ZH',
      'CALSCALE:GREGORIAN',
      'BEGIN:VEVENT',
      'UID:20261231-holiday@huiyin',
      'DTSTAMP:20261123T010203Z',
      'DTSTART;VALUE=DATE:20261231',
      'DTEND;VALUE=DATE:20270101',
      'SUMMARY:元旦（休）',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:20261010-workday@huiyin',
      'DTSTAMP:20261123T010203Z',
      'DTSTART;VALUE=DATE:20261010',
      'DTEND;VALUE=DATE:20261011',
      'SUMMARY:国庆节（补班）',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ]);
  });

  it('has nothing for a year not yet announced', async () => {
    expect(await officialDaysOf(2099)).toEqual({ holidays: [], workdays: [] });
  });
});

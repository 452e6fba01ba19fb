/** A year's official days off (放假) and make-up working days (调休上班), with the holiday each belongs to. */
export interface OfficialDays {
  holidays: NamedDay[];
  workdays: NamedDay[];
}

export interface NamedDay {
  /** yyyy-MM-dd */
  date: string;
  /** The holiday in Chinese, e.g. 国庆节. */
  name: string;
}

/** The official arrangement of a year, from the maintained `chinese-days` data (loaded only when asked for). */
export async function officialDaysOf(year: number): Promise<OfficialDays> {
  const { getDayDetail, getHolidaysInRange, getWorkdaysInRange } = await import('chinese-days');
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  // The package names a day "National Day,国庆节,3": English, Chinese, length of the break.
  const named = (date: string): NamedDay => ({ date, name: getDayDetail(date).name.split(',')[1] ?? '' });
  const isWeekend = (date: string) => [0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());
  return {
    holidays: getHolidaysInRange(first, last, false).map(named),
    workdays: getWorkdaysInRange(first, last, true).filter(isWeekend).map(named),
  };
}

/**
 * The days as an iCalendar file of all-day events. The server reads an event whose summary says
 * 班 as a working day and any other as a day off, so days off say 休 and working days 补班.
 */
export function toICalendar({ holidays, workdays }: OfficialDays, stamp: Date): string {
  const dtstamp = stamp.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const event = ({ date, name }: NamedDay, kind: 'holiday' | 'workday') => {
    const start = date.replaceAll('-', '');
    const next = new Date(`${date}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    return [
      'BEGIN:VEVENT',
      `UID:${start}-${kind}@huiyin`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;VALUE=DATE:${start}`,
      `DTEND;VALUE=DATE:${next.toISOString().slice(0, 10).replaceAll('-', '')}`,
      `SUMMARY:${name}${kind === 'workday' ? '（补班）' : '（休）'}`,
      'END:VEVENT',
    ];
  };
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Huiyin//SLA calendar//ZH',
    'CALSCALE:GREGORIAN',
    ...holidays.flatMap((day) => event(day, 'holiday')),
    ...workdays.flatMap((day) => event(day, 'workday')),
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

import { expect, it } from 'vitest';
import { deskDay, deskTimeZone, formatDate, formatDateTime, shownTimeZone, showTimesFor, zoneWithOffset } from './formatDateTime';

it('shows instants in Asia/Shanghai, whatever the zone of the browser', () => {
  expect(formatDateTime('2026-01-31T16:30:00Z', 'zh-CN')).toBe('2026/02/01 00:30');
  expect(formatDateTime('2026-01-31T16:30:00+00:00', 'en')).toBe('02/01/2026, 00:30');
});

it('shows the day an instant falls on in Asia/Shanghai, not in UTC', () => {
  expect(formatDate('2027-02-28T16:00:00Z', 'zh-CN')).toBe('2027/03/01');
  expect(formatDate('2027-02-28T15:59:00Z', 'zh-CN')).toBe('2027/02/28');
});

it('tells the day at the desk, which turns eight hours before the UTC date does', () => {
  expect(deskDay(new Date('2026-12-06T16:30:00Z'))).toBe('2026-12-07');
  expect(deskDay(new Date('2026-12-06T15:30:00Z'))).toBe('2026-12-06');
});

it('shows times in the zone the person picked, while days stay the desk’s', () => {
  showTimesFor({ timeZone: 'Europe/Berlin', deskTimeZone: 'Asia/Shanghai' });

  expect(shownTimeZone()).toBe('Europe/Berlin');
  expect(formatDateTime('2026-01-31T16:30:00Z', 'zh-CN')).toBe('2026/01/31 17:30');
  expect(formatDate('2027-02-28T16:00:00Z', 'zh-CN')).toBe('2027/03/01');
  expect(deskDay(new Date('2026-12-06T16:30:00Z'))).toBe('2026-12-07');
});

it('follows the desk’s zone, whichever the host names, when the person picked none', () => {
  showTimesFor({ timeZone: null, deskTimeZone: 'America/New_York' });

  expect(deskTimeZone()).toBe('America/New_York');
  expect(formatDateTime('2026-01-31T16:30:00Z', 'zh-CN')).toBe('2026/01/31 11:30');
  expect(deskDay(new Date('2026-12-07T03:00:00Z'))).toBe('2026-12-06');
});

it('falls back to the desk’s zone, then Asia/Shanghai, for a zone this browser does not know, rather than failing to show any time', () => {
  showTimesFor({ timeZone: 'Mars/Olympus', deskTimeZone: 'America/New_York' });
  expect(shownTimeZone()).toBe('America/New_York');

  showTimesFor({ timeZone: null, deskTimeZone: 'Mars/Olympus' });
  expect([shownTimeZone(), deskTimeZone()]).toEqual(['Asia/Shanghai', 'Asia/Shanghai']);
  expect(formatDateTime('2026-01-31T16:30:00Z', 'zh-CN')).toBe('2026/02/01 00:30');
});

it('names a zone with its offset from UTC on the day asked about', () => {
  expect(zoneWithOffset('Asia/Shanghai')).toBe('Asia/Shanghai (GMT+8)');
  expect(zoneWithOffset('Europe/Berlin', new Date('2026-07-01T00:00:00Z'))).toBe('Europe/Berlin (GMT+2)');
});

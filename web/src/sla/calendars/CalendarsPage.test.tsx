import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CurrentUser } from '../../api/types';
import { fakeApi, json, problem, type Routes } from '../../test/fakeApi';
import { manager, slaReader } from '../../test/fixtures';
import { renderApp } from '../../test/renderApp';
import { officeHours } from '../../test/slaFixtures';

const importRoute = `POST /api/v1/sla/calendars/${officeHours.id}/import`;

function calendarsApi(me: CurrentUser = manager, more: Routes = {}) {
  return fakeApi({
    'GET /api/v1/auth/me': () => json(me),
    'GET /api/v1/sla/calendars': () => json({ items: [officeHours] }),
    [importRoute]: () => json(officeHours),
    ...more,
  });
}

const calendarRow = async () => (await screen.findByText('客服中心工作日')).closest('tr')!;

describe('business calendars page', () => {
  afterEach(() => vi.useRealTimers());

  it('lists the calendars with their week in words and their days', async () => {
    calendarsApi(slaReader);
    renderApp('/sla/calendars');

    const row = await calendarRow();
    expect(row).toHaveTextContent('周一至周五 08:30–12:00、13:30–17:30');
    for (const text of ['Asia/Shanghai', '2 天', '1 天', '2026/11/20 10:00']) expect(within(row).getByText(text)).toBeInTheDocument();
    expect(within(row).queryByRole('button', { name: /编辑|导入/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /新增日历/ })).not.toBeInTheDocument();
  });

  it('checks the week, shows what the server refuses, and creates the calendar', async () => {
    let refuse = true;
    const server = calendarsApi(manager, {
      'POST /api/v1/sla/calendars': () =>
        refuse
          ? problem(400, 'One or more validation errors occurred.', { weeklyHours: ['Working hours of the same day must not overlap.'] })
          : json(officeHours, 201),
    });
    const { user } = renderApp('/sla/calendars');

    await user.click(await screen.findByRole('button', { name: /新增日历/ }));
    const form = await screen.findByRole('dialog');
    await user.type(within(form).getByLabelText('日历名称'), '工程部排班');
    // Saturday morning, twice over: the second interval overlaps the first.
    const addSaturday = within(form).getAllByRole('button', { name: /添加时段/ })[5];
    await user.click(addSaturday);
    await user.click(addSaturday);
    await user.click(within(form).getByRole('button', { name: '保存' }));
    expect(await within(form).findByText('同一天的工作时段不能重叠')).toBeInTheDocument();
    expect(server.sentTo('POST /api/v1/sla/calendars')).toHaveLength(0);

    await user.click(within(form).getAllByRole('button', { name: '删除时段' }).at(-1)!);
    await user.click(within(form).getByRole('button', { name: '保存' }));
    expect(await within(form).findByText('Working hours of the same day must not overlap.')).toBeInTheDocument();

    refuse = false;
    await user.click(within(form).getByRole('button', { name: '保存' }));
    expect(await screen.findByText('已新增日历')).toBeInTheDocument();
    const body = await server.sentTo('POST /api/v1/sla/calendars').at(-1)!.json();
    expect(body).toMatchObject({ name: '工程部排班', timeZone: 'Asia/Shanghai', holidays: [], makeUpWorkdays: [] });
    expect(body.weeklyHours).toHaveLength(11);
    expect(body.weeklyHours.slice(0, 2)).toEqual([
      { day: 'Monday', from: '08:30', to: '12:00' },
      { day: 'Monday', from: '13:30', to: '17:30' },
    ]);
    expect(body.weeklyHours.at(-1)).toEqual({ day: 'Saturday', from: '08:30', to: '17:30' });
  }, 40_000);

  it('imports the official holidays of a year as iCalendar, 补班 days marked 班', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-23T01:00:00Z'));
    const server = calendarsApi();
    const { user } = renderApp('/sla/calendars');

    await user.click(within(await calendarRow()).getByRole('button', { name: /导入法定节假日/ }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('2026 年')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: '导入' }));

    expect(await screen.findByText('已导入 2026 年法定节假日：放假 33 天，调休上班 6 天')).toBeInTheDocument();
    const { ics } = await server.sentTo(importRoute)[0].json();
    const events = (ics as string).split('BEGIN:VEVENT').slice(1);
    expect(events).toHaveLength(39);
    const summaryOf = (date: string) => events.find((event) => event.includes(`DTSTART;VALUE=DATE:${date}`))?.match(/SUMMARY:(.*)/)?.[1];
    expect(summaryOf('20261001')).toBe('国庆节（休）');
    expect(summaryOf('20261010')).toBe('国庆节（补班）');
    expect(events.filter((event) => event.includes('班'))).toHaveLength(6);
  });

  it('imports the days of an iCalendar file the user picks', async () => {
    const server = calendarsApi();
    const { user } = renderApp('/sla/calendars');
    const ics = 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20270101\r\nSUMMARY:元旦\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';

    const row = await calendarRow();
    await user.upload(row.querySelector<HTMLInputElement>('input[type=file]')!, new File([ics], '2027.ics', { type: 'text/calendar' }));

    expect(await screen.findByText('已导入 2027.ics 中的节假日')).toBeInTheDocument();
    expect(await server.sentTo(importRoute)[0].json()).toEqual({ ics });
  });
});

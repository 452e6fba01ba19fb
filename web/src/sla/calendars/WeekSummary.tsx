import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WeeklyHours } from '../../api/types';
import { weekdays } from '../catalog';

/** A calendar's week in one line per group of days with the same hours: 周一至周五 08:30–12:00、13:30–17:30. */
export function WeekSummary({ hours }: { hours: WeeklyHours[] }) {
  const { t } = useTranslation();
  const dayHours = weekdays.map((day) =>
    hours
      .filter((interval) => interval.day === day)
      .map(({ from, to }) => `${from}–${to}`)
      .join(t('sla.calendar.listSeparator')),
  );
  // Consecutive days with the same hours make one line.
  const runs: { first: number; last: number; text: string }[] = [];
  dayHours.forEach((text, index) => {
    const run = runs.at(-1);
    if (run && run.text === text && run.last === index - 1) run.last = index;
    else runs.push({ first: index, last: index, text });
  });
  const dayName = (index: number) => t(`sla.weekday.${weekdays[index]}`);

  return runs
    .filter((run) => run.text)
    .map(({ first, last, text }) => (
      <div key={first}>
        <Typography.Text type="secondary">
          {first === last ? dayName(first) : t('sla.calendar.dayRange', { first: dayName(first), last: dayName(last) })}
        </Typography.Text>{' '}
        {text}
      </div>
    ));
}

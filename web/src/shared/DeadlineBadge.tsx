import { CheckCircleOutlined, ClockCircleOutlined, CloseCircleOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../i18n/formatDateTime';
import { useLanguage } from '../i18n/useLanguage';
import { deadlineState, nearMs, nextChangeIn, type Deadline, type DeadlineState } from './deadline';
import { describeDuration } from './describeDuration';

const looks: Record<DeadlineState, { color: string; icon: ReactNode }> = {
  onTime: { color: 'success', icon: <ClockCircleOutlined /> },
  atRisk: { color: 'warning', icon: <ExclamationCircleOutlined /> },
  breached: { color: 'error', icon: <CloseCircleOutlined /> },
  fulfilled: { color: 'default', icon: <CheckCircleOutlined /> },
};

/** A deadline's state (按时 / 即将超时 / 已超时 / 已完成) with the time left or overdue, kept up to date as time passes. */
export function DeadlineBadge(deadline: Deadline) {
  const { t } = useTranslation();
  const language = useLanguage();
  const now = useNow(deadline);
  const state = deadlineState(deadline, now);
  const left = Date.parse(deadline.dueAt) - now;
  const span = describeDuration(t, left / 1000, { days: true, seconds: Math.abs(left) < nearMs, shortMinutes: true });
  const { color, icon } = looks[state];

  return (
    <Tooltip title={t('sla.deadline.dueAt', { time: formatDateTime(deadline.dueAt, language) })}>
      <Tag color={color} icon={icon} variant="filled">
        {t(`sla.deadline.state.${state}`)}
        {state !== 'fulfilled' && ` · ${t(left >= 0 ? 'sla.deadline.remaining' : 'sla.deadline.overdue', { time: span })}`}
      </Tag>
    </Tooltip>
  );
}

/** The current time, renewed whenever the badge would show something else. */
function useNow({ dueAt, warnAt, fulfilled }: Deadline): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const deadline = { dueAt, warnAt, fulfilled };
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = (from: number) => {
      const delay = nextChangeIn(deadline, from);
      if (delay !== undefined) timer = setTimeout(tick, delay);
    };
    const tick = () => {
      const current = Date.now();
      setNow(current);
      schedule(current);
    };
    schedule(Date.now());
    return () => clearTimeout(timer);
  }, [dueAt, warnAt, fulfilled]);
  return now;
}

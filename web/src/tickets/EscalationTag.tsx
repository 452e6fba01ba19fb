import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const colors = [undefined, 'orange', 'volcano', 'red'];

/** How far up the ladder the ticket's breach went: 1 客服主管, 2 客服经理, 3 总经理. */
export function EscalationTag({ level }: { level: number }) {
  const { t } = useTranslation();
  if (level === 0) return <span>{t('common.none')}</span>;
  return <Tag color={colors[level]}>{t(`tickets.escalationLevel.${level}`)}</Tag>;
}

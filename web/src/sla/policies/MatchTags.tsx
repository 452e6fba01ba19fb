import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SlaPolicyMatch } from '../../api/types';

/** A policy's conditions as tags (工单 · 复杂 · 一级客户 · VIP); "all work" for a catch-all rule. */
export function MatchTags({ match }: { match: SlaPolicyMatch }) {
  const { t } = useTranslation();
  const { workType, complexity, severity, customerTier, vip, category } = match;
  const tags = [
    workType && { key: 'workType', color: 'blue', text: t(`sla.workType.${workType}`) },
    complexity && { key: 'complexity', color: 'geekblue', text: t(`sla.complexity.${complexity}`) },
    severity && { key: 'severity', color: severity === 'Major' ? 'red' : 'volcano', text: t(`sla.severity.${severity}`) },
    customerTier && { key: 'customerTier', color: 'purple', text: t(`sla.tier.${customerTier}`) },
    typeof vip === 'boolean' && { key: 'vip', color: 'gold', text: t(vip ? 'sla.vip.yes' : 'sla.vip.no') },
    category && { key: 'category', color: 'cyan', text: t('sla.match.categoryIs', { category }) },
  ].filter((tag) => !!tag);

  if (tags.length === 0) return <Typography.Text type="secondary">{t('sla.match.everything')}</Typography.Text>;
  return tags.map(({ key, color, text }) => (
    <Tag key={key} color={color}>
      {text}
    </Tag>
  ));
}

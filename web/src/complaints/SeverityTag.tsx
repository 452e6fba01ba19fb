import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ComplaintSeverity } from './types';

const colors: Record<ComplaintSeverity, string> = { General: 'default', Important: 'orange', Major: 'red' };

/** 一般 / 重要 / 重大投诉, coloured by weight. */
export function SeverityTag({ severity }: { severity: ComplaintSeverity }) {
  const { t } = useTranslation();
  return <Tag color={colors[severity]}>{t(`complaints.severity.${severity}`)}</Tag>;
}

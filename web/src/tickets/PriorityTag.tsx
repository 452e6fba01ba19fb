import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const colors: Record<string, string | undefined> = { Low: undefined, Normal: 'blue', High: 'orange', Urgent: 'red' };

export function PriorityTag({ priority }: { priority: string }) {
  const { t } = useTranslation();
  return <Tag color={colors[priority]}>{t(`tickets.priority.${priority}`)}</Tag>;
}

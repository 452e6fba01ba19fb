import { Descriptions, Empty } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../i18n/formatDateTime';
import { useLanguage } from '../i18n/useLanguage';
import type { Complaint } from './types';

/** What each handling step recorded so far, in the order of the steps; a step not yet taken shows nothing. */
export function HandlingRecord({ complaint }: { complaint: Complaint }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const h = complaint.handling;
  const at = (instant?: string | null) => instant && formatDateTime(instant, language);
  const entries: [string, ReactNode][] = [
    ['findings', h.findings],
    ['validityReason', h.validityReason],
    ['rootCause', h.rootCause && t(`complaints.rootCause.${h.rootCause}`)],
    ['countsAgainstStaff', h.findings && t(h.countsAgainstStaff ? 'complaints.detail.yes' : 'complaints.detail.no')],
    ['remedyProposal', h.remedyProposal],
    ['remedy', h.remedy],
    ['responsibleDepartment', h.responsibleDepartment],
    ['workDone', h.workDone],
    ['customerFeedback', h.customerFeedback],
    ['resolvedAt', at(h.resolvedAt)],
    ['closedAt', at(h.closedAt)],
  ];
  const recorded = entries.filter(([, value]) => value);
  if (recorded.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('complaints.detail.nothingYet')} />;

  return (
    <Descriptions column={1} size="small" aria-label={t('complaints.detail.handling')}>
      {recorded.map(([name, value]) => (
        <Descriptions.Item key={name} label={t(`complaints.detail.${name}`)}>
          {value}
        </Descriptions.Item>
      ))}
    </Descriptions>
  );
}

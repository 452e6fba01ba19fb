import { Alert, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../i18n/formatDateTime';
import { useMyEmergencyPages } from './api';
import styles from './EmergencyBanner.module.css';

/** 紧急事件: across the top of every page, the emergencies the signed-in person on duty was paged for, each linked to its ticket. */
export function EmergencyBanner() {
  const { t, i18n } = useTranslation();
  const pages = useMyEmergencyPages().data ?? [];
  if (pages.length === 0) return null;
  return (
    <Flex vertical gap={8} style={{ marginBottom: 16 }} className={styles.banner}>
      {pages.map((page) => (
        <Alert
          key={page.id}
          type="error"
          showIcon
          banner
          title={
            <span>
              {t('desk.emergency.banner', { category: t(`skills.${page.category.toLowerCase()}`), at: formatDateTime(page.reportedAt, i18n.language) })}{' '}
              <Link to={`/tickets/${page.ticketId}`}>{page.number}</Link>
            </span>
          }
        />
      ))}
    </Flex>
  );
}

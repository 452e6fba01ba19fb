import { Alert, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { hasPermission } from '../auth/permissions';
import { useSignedInUser } from '../auth/useSignedInUser';
import { formatDateTime } from '../i18n/formatDateTime';
import { useActiveNotices } from './outageApi';
import type { ActiveNotice } from './types';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The out-of-service notices in force, for agents taking calls: a caller from an affected place is told at once. Given the
 * caller's unit, says first and loudest whether an outage covers it.
 */
export function OutageBanner({ unitId }: { unitId?: string }) {
  const { t, i18n } = useTranslation();
  const canRead = hasPermission(useSignedInUser(), 'facilities:read');
  const asked = unitId && uuid.test(unitId) ? [unitId] : [];
  const notices = useActiveNotices(asked, canRead).data?.items ?? [];
  if (notices.length === 0) return null;
  const affecting = notices.filter((notice) => notice.affectedUnitIds.length > 0);
  const describe = (notice: ActiveNotice) =>
    t('facilities.banner.notice', {
      kind: t(`facilities.outageKind.${notice.kind}`),
      title: notice.title,
      scope: notice.scope.join('、'),
      eta: notice.estimatedRestorationAt ? formatDateTime(notice.estimatedRestorationAt, i18n.language) : t('facilities.banner.noEta'),
    });

  return (
    <Flex vertical gap={8} role="region" aria-label={t('facilities.banner.label')}>
      {affecting.map((notice) => (
        <Alert key={notice.outageId} type="error" showIcon title={t('facilities.banner.unitAffected')} description={describe(notice)} />
      ))}
      <Alert type="warning" showIcon title={t('facilities.banner.title', { count: notices.length })}
        description={<Flex vertical>{notices.map((notice) => <span key={notice.outageId}>{describe(notice)}</span>)}</Flex>} />
    </Flex>
  );
}

import { Alert, Card, Empty, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../i18n/formatDateTime';
import { localizedProblem } from '../shared/localizedProblem';
import { PageHeader } from '../shared/PageHeader';
import { useUnsignedHandovers } from './api';
import { HandoverSummary } from './HandoverSummary';

/** 未签收交接班: the handovers the next shift has not signed, newest first, for the Supervisor to chase. */
export function UnsignedHandoversPage() {
  const { t, i18n } = useTranslation();
  const handovers = useUnsignedHandovers();
  return (
    <Flex vertical gap={16}>
      <PageHeader titleKey="desk.unsigned.title" subtitleKey="desk.unsigned.subtitle" />
      {handovers.error && <Alert type="error" showIcon title={localizedProblem(t, handovers.error).detail} />}
      {handovers.data?.length === 0 && <Empty description={t('desk.unsigned.none')} />}
      {handovers.data?.map((handover) => (
        <Card key={handover.id} size="small" title={t('desk.unsigned.handedOverAt', { at: formatDateTime(handover.handedOverAt, i18n.language) })}>
          <HandoverSummary handover={handover} />
        </Card>
      ))}
    </Flex>
  );
}

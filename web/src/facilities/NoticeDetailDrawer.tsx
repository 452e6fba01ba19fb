import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Drawer, Flex, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { formatDateTime } from '../i18n/formatDateTime';
import { NoticeDeliveries } from './NoticeDeliveries';
import { useNotice } from './noticeApi';

/** A notice: what it says, how it went out, its letters to print when it went by letter, and its delivery to each unit with the receipts. */
export function NoticeDetailDrawer({ id, canAcknowledge, onClose }: { id?: string; canAcknowledge: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const notice = useNotice(id);
  const data = notice.data;
  const navigate = useNavigate();

  return (
    <Drawer title={data ? `${data.number} ${data.title}` : ''} open={id !== undefined} size={720} onClose={onClose} destroyOnHidden
      extra={data?.channels.includes('Letter') && <Button icon={<PrinterOutlined />} onClick={() => void navigate(`/notices/${data.id}/letters`)}>{t('facilities.notices.printLetters')}</Button>}>
      {notice.error && <Alert type="error" showIcon title={t('facilities.loadFailed', { reason: notice.error.message })} />}
      {!data ? <Spin /> : (
        <Flex vertical gap={16}>
          <Descriptions size="small" column={1}
            items={[
              { key: 'kind', label: t('facilities.notices.kind'), children: t(`facilities.noticeKind.${data.kind}`) },
              { key: 'scope', label: t('facilities.notices.scope'), children: t('facilities.outages.scopeValue', { scope: data.scope.join('、'), count: data.units }) },
              { key: 'channels', label: t('facilities.notices.channels'), children: data.channels.map((c) => <Tag key={c}>{t(`facilities.noticeChannel.${c}`)}</Tag>) },
              { key: 'sentAt', label: t('facilities.notices.sentAt'), children: formatDateTime(data.sentAt, i18n.language) },
              { key: 'texted', label: t('facilities.notices.texted'), children: t('facilities.notices.textedValue', { count: data.texted }) },
              { key: 'acknowledged', label: t('facilities.notices.acknowledged'), children: t('facilities.notices.acknowledgedValue', { count: data.acknowledged, units: data.units }) },
            ]} />
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{data.body}</Typography.Paragraph>
          <Typography.Title level={5} style={{ margin: 0 }}>{t('facilities.notices.deliveries')}</Typography.Title>
          <NoticeDeliveries id={data.id} canAcknowledge={canAcknowledge} />
        </Flex>
      )}
    </Drawer>
  );
}

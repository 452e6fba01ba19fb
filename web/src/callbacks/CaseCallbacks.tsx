import { Card, Empty, Flex, Spin, Tag, Timeline, Typography } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { hasPermission } from '../auth/permissions';
import { useSignedInUser } from '../auth/useSignedInUser';
import { formatDateTime } from '../i18n/formatDateTime';
import { useLanguage } from '../i18n/useLanguage';
import { useCaseCallbacks } from './api';
import type { Callback } from './types';

/**
 * A case's callbacks (回访记录) as a card on the ticket's or complaint's page: each with its status, due time, the calls made and
 * what the customer said. Nothing at all, and no request, for a user who may not read callbacks.
 */
export function CaseCallbacks({ itemId, style }: { itemId: string; style?: CSSProperties }) {
  const { t } = useTranslation();
  const user = useSignedInUser();
  if (!hasPermission(user, 'callbacks:read')) return null;
  return (
    <Card size="small" title={t('callbacks.history.title')} style={style}>
      <CallbackHistories itemId={itemId} />
    </Card>
  );
}

function CallbackHistories({ itemId }: { itemId: string }) {
  const { t } = useTranslation();
  const found = useCaseCallbacks(itemId);
  if (found.isPending) return <Spin />;
  if (found.error) return <Typography.Text type="danger">{t('callbacks.loadFailed', { reason: found.error.message })}</Typography.Text>;
  if (found.data.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('callbacks.history.empty')} />;
  return (
    <Flex vertical gap={16}>
      {found.data.map((callback) => (
        <CallbackHistory key={callback.id} callback={callback} />
      ))}
    </Flex>
  );
}

function CallbackHistory({ callback }: { callback: Callback }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <div>
      <Flex gap={8} wrap align="center" style={{ marginBottom: 8 }}>
        <Tag color={callback.status === 'Done' ? 'success' : callback.status === 'Unreachable' ? 'error' : 'processing'}>{t(`callbacks.status.${callback.status}`)}</Tag>
        <Typography.Text>{t(`callbacks.reason.${callback.reason}`)}</Typography.Text>
        <Typography.Text type="secondary">{t('callbacks.history.dueAt', { time: formatDateTime(callback.dueAt, language) })}</Typography.Text>
        {callback.satisfaction != null && <Tag>{t('callbacks.history.satisfaction', { score: callback.satisfaction })}</Tag>}
        {callback.followUps.map((followUp) => (
          <Tag key={`${followUp.kind}-${followUp.itemId}`} color="warning">
            {t(`callbacks.followUp.${followUp.kind}`)} {followUp.number}
          </Tag>
        ))}
      </Flex>
      <Timeline
        items={callback.attempts.map((attempt) => ({
          key: attempt.at,
          color: attempt.outcome === 'Reached' ? 'green' : 'gray',
          content: (
            <>
              {formatDateTime(attempt.at, language)} {t(`callbacks.timeOfDay.${attempt.timeOfDay}`)} · {t(`callbacks.outcome.${attempt.outcome}`)}
              {attempt.satisfaction != null && ` · ${t('callbacks.history.satisfaction', { score: attempt.satisfaction })}`}
              {attempt.comment && <Typography.Paragraph type="secondary" style={{ margin: 0 }}>{attempt.comment}</Typography.Paragraph>}
            </>
          ),
        }))}
      />
    </div>
  );
}

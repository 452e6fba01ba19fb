import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../i18n/formatDateTime';
import { useLanguage } from '../i18n/useLanguage';
import type { Webhook } from './api';

/** Whether an endpoint is receiving: healthy, failing since when, or disabled and why. */
export function WebhookHealth({ webhook }: { webhook: Webhook }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (!webhook.enabled) return <Tag color="error">{t(`integrations.disabled.${webhook.disabledReason ?? 'ByOwner'}`)}</Tag>;
  if (webhook.failingSince) return <Tag color="warning">{t('integrations.failingSince', { since: formatDateTime(webhook.failingSince, language) })}</Tag>;
  return <Tag color="success">{t('integrations.healthy')}</Tag>;
}

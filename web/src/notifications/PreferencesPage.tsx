import { Alert, App, Button, Card, Flex, Form, Input, Switch, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { useSignedInUser } from '../auth/useSignedInUser';
import { type Contact, type KindPreference, useChangeContact, useChangePreference, usePreferences } from './usePreferences';

type Channel = 'inApp' | 'email' | 'sms';

/** 通知设置: where e-mails and texts go, and by which channels each kind of news reaches me. */
export function PreferencesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const user = useSignedInUser();
  const preferences = usePreferences();
  const changePreference = useChangePreference();
  const changeContact = useChangeContact();
  const missing: Record<Channel, boolean> = { inApp: false, email: !user.email, sms: !user.mobile };

  const fail = (error: Error) => void message.error(error.message);
  const toggle = (kind: KindPreference, channel: Channel, on: boolean) =>
    changePreference.mutateAsync({ ...kind, [channel]: on }).then(() => void message.success(t('preferences.saved')), fail);
  const saveContact = (contact: Contact) =>
    changeContact.mutateAsync({ email: contact.email.trim(), mobile: contact.mobile.trim() }).then(() => void message.success(t('preferences.contactSaved')), fail);

  const channelColumn = (channel: Channel) => ({
    key: channel,
    title: t(`preferences.channel.${channel}`),
    render: (_: unknown, kind: KindPreference) => (
      <Switch
        aria-label={t('preferences.switch', { kind: t(`preferences.kind.${kind.kind}`), channel: t(`preferences.channel.${channel}`) })}
        checked={kind[channel]}
        disabled={missing[channel] && !kind[channel]}
        loading={changePreference.isPending && changePreference.variables?.kind === kind.kind}
        onChange={(on) => void toggle(kind, channel, on)}
      />
    ),
  });
  const columns: ColumnsType<KindPreference> = [
    { key: 'kind', title: t('preferences.column.kind'), render: (_, kind) => t(`preferences.kind.${kind.kind}`) },
    channelColumn('inApp'),
    channelColumn('email'),
    channelColumn('sms'),
  ];

  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('preferences.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('preferences.subtitle')}</Typography.Text>
      </div>
      <Card title={t('preferences.contact')}>
        <Form layout="inline" initialValues={{ email: user.email ?? '', mobile: user.mobile ?? '' }} onFinish={(values: Contact) => void saveContact(values)}>
          <Form.Item name="email" label={t('preferences.email')}>
            <Input type="email" autoComplete="email" />
          </Form.Item>
          <Form.Item name="mobile" label={t('preferences.mobile')}>
            <Input inputMode="numeric" maxLength={11} autoComplete="tel" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={changeContact.isPending}>
            {t('preferences.saveContact')}
          </Button>
        </Form>
      </Card>
      <Card title={t('preferences.channels')}>
        {preferences.error && <Alert type="error" showIcon title={t('preferences.loadFailed', { reason: preferences.error.message })} />}
        <Table rowKey="kind" columns={columns} dataSource={preferences.data?.kinds} loading={preferences.isFetching} pagination={false} />
      </Card>
    </Flex>
  );
}

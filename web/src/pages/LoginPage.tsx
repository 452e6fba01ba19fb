import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, type Location } from 'react-router-dom';
import { ApiError } from '../api/problem';
import { useSession } from '../auth/useSession';
import { useSignIn, type Credentials } from '../auth/useSignIn';
import { formatDateTime } from '../i18n/formatDateTime';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import styles from './LoginPage.module.css';

const explainedStatuses = [401, 423, 429];

export function LoginPage() {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const session = useSession();
  const signIn = useSignIn();

  if (session) return <Navigate to={destination(location)} replace />;

  // The user's language, not the server's English detail; a lock says until when, in the zone times are shown in.
  const failure = (error: Error) => {
    if (!(error instanceof ApiError) || !explainedStatuses.includes(error.status)) return t('login.failed.other');
    const lockedUntil = error.problem?.lockedUntil;
    return error.status === 423 && typeof lockedUntil === 'string'
      ? t('login.failed.lockedUntil', { time: formatDateTime(lockedUntil, i18n.language) })
      : t(`login.failed.${error.status}`);
  };

  return (
    <div className={styles.page}>
      <section className={styles.story}>
        <img src="/favicon.svg" alt="" className={styles.mark} />
        <Typography.Title className={styles.name}>{t('app.name')} Huiyin</Typography.Title>
        <Typography.Paragraph className={styles.motto}>{t('app.motto')}</Typography.Paragraph>
        <Typography.Text className={styles.tagline}>{t('app.tagline')}</Typography.Text>
      </section>
      <section className={styles.formSide}>
        <div className={styles.language}>
          <LanguageSwitch />
        </div>
        <div className={styles.card}>
          <Typography.Title level={3}>{t('login.title')}</Typography.Title>
          {signIn.error && <Alert type="error" showIcon title={failure(signIn.error)} className={styles.alert} />}
          <Form<Credentials>
            name="login"
            layout="vertical"
            requiredMark={false}
            size="large"
            onFinish={(credentials) => signIn.mutate(credentials)}
          >
            <Form.Item name="username" label={t('login.username')} rules={[{ required: true, message: t('login.usernameRequired') }]}>
              <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
            </Form.Item>
            <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: t('login.passwordRequired') }]}>
              <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={signIn.isPending}>
              {t('login.submit')}
            </Button>
          </Form>
        </div>
      </section>
    </div>
  );
}

/** Where the user was going before being sent to sign in; home otherwise. */
function destination({ state }: Location): string {
  const from = (state as { from?: Location } | null)?.from;
  return from ? `${from.pathname}${from.search}${from.hash}` : '/';
}

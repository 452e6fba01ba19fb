import { Button, Flex, Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { shownTimeZone, showTimesFor } from '../i18n/formatDateTime';
import { ChangePasswordDialog } from './ChangePasswordDialog';
import { useCurrentUser } from './useCurrentUser';
import { useRestoredSession } from './useSession';

/**
 * Renders the child routes for a signed-in user (after a reload, once the session cookie has renewed the session), with
 * times in their time zone; sends everyone else to the sign-in page. After an Admin's reset
 * the server refuses everything but the password change, so that dialog is all there is until it is done.
 */
export function RequireAuth() {
  const { t } = useTranslation();
  const { session, restoring } = useRestoredSession();
  const location = useLocation();
  const user = useCurrentUser();

  if (restoring) return <FullPageSpin />;
  if (!session) return <Navigate to="/login" replace state={{ from: location }} />;
  if (user.isError) {
    return (
      <Result
        status="error"
        title={t('result.userFailed')}
        subTitle={user.error.message}
        extra={<Button onClick={() => void user.refetch()}>{t('common.retry')}</Button>}
      />
    );
  }
  if (!user.data) return <FullPageSpin />;
  if (user.data.mustChangePassword) return <ChangePasswordDialog open forced />;
  showTimesFor(user.data);
  // A new zone redraws every page, so that no time already on the screen stays in the old one.
  return <Outlet key={shownTimeZone()} />;
}

function FullPageSpin() {
  return (
    <Flex align="center" justify="center" style={{ minHeight: '100vh' }}>
      <Spin size="large" />
    </Flex>
  );
}

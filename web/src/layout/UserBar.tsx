import { BellOutlined, KeyOutlined, LaptopOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Button, Flex, Grid, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ChangePasswordDialog } from '../auth/ChangePasswordDialog';
import { useSignOut } from '../auth/useSignOut';
import { useSignedInUser } from '../auth/useSignedInUser';
import { TimeZoneButton } from './TimeZoneButton';

/**
 * Who is signed in (service number and name), the time zone times are shown in, changing one's password, the devices one is signed in on, one's notification settings, and the way out. On a phone the name keeps to one line and signing
 * out is an icon, so that the header stays one row high beside the menu and language buttons.
 */
export function UserBar() {
  const { t } = useTranslation();
  const { serviceNumber, displayName } = useSignedInUser();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const phone = Grid.useBreakpoint().md === false;
  const [changingPassword, setChangingPassword] = useState(false);

  return (
    <Flex align="center" gap={phone ? 4 : 12}>
      {!phone && <Avatar size="small" icon={<UserOutlined />} />}
      <Typography.Text strong style={{ whiteSpace: 'nowrap' }}>
        {t('header.user', { serviceNumber, displayName })}
      </Typography.Text>
      <TimeZoneButton phone={phone} />
      <Button type="text" icon={<KeyOutlined />} aria-label={t('header.changePassword')} onClick={() => setChangingPassword(true)}>
        {phone ? null : t('header.changePassword')}
      </Button>
      <ChangePasswordDialog open={changingPassword} onClose={() => setChangingPassword(false)} />
      <Button type="text" icon={<LaptopOutlined />} aria-label={t('sessions.nav')} onClick={() => void navigate('/my/sessions')}>
        {phone ? null : t('sessions.nav')}
      </Button>
      <Button type="text" icon={<BellOutlined />} aria-label={t('preferences.nav')} onClick={() => void navigate('/my/notifications')}>
        {phone ? null : t('preferences.nav')}
      </Button>
      <Button type="text" icon={<LogoutOutlined />} aria-label={t('header.signOut')} onClick={() => void signOut()}>
        {phone ? null : t('header.signOut')}
      </Button>
    </Flex>
  );
}

import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSignOut } from '../auth/useSignOut';
import { useSignedInUser } from '../auth/useSignedInUser';

/** Who is signed in (service number and name), and the way out. */
export function UserBar() {
  const { t } = useTranslation();
  const { serviceNumber, displayName } = useSignedInUser();
  const signOut = useSignOut();

  return (
    <Flex align="center" gap={12}>
      <Avatar size="small" icon={<UserOutlined />} />
      <Typography.Text strong>{t('header.user', { serviceNumber, displayName })}</Typography.Text>
      <Button type="text" icon={<LogoutOutlined />} onClick={() => void signOut()}>
        {t('header.signOut')}
      </Button>
    </Flex>
  );
}

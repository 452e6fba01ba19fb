import { Card, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSignedInUser } from '../auth/useSignedInUser';

export function HomePage() {
  const { t } = useTranslation();
  const { serviceNumber, displayName, roles } = useSignedInUser();

  return (
    <Card>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('home.greeting', { serviceNumber, displayName })}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('app.motto')}</Typography.Paragraph>
      <Flex align="center" gap={8} wrap>
        <Typography.Text>{t('home.roles')}</Typography.Text>
        {roles.map((role) => (
          <Tag key={role} color="blue">
            {t(`roles.${role}`, { defaultValue: role })}
          </Tag>
        ))}
      </Flex>
    </Card>
  );
}

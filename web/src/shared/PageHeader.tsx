import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  titleKey: string;
  subtitleKey: string;
  /** The page's main actions, on the right. */
  children?: ReactNode;
}

/** A page's title, what it is for, and its main actions. */
export function PageHeader({ titleKey, subtitleKey, children }: Props) {
  const { t } = useTranslation();
  return (
    <Flex justify="space-between" align="flex-end">
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t(titleKey)}
        </Typography.Title>
        <Typography.Text type="secondary">{t(subtitleKey)}</Typography.Text>
      </div>
      {children}
    </Flex>
  );
}

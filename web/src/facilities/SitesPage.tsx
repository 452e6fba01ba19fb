import { Alert, Card, Empty, Flex, List, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSites } from './api';

/** The sites (小区/项目), the root of the tree. */
export function SitesPage() {
  const { t } = useTranslation();
  const sites = useSites();
  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('facilities.sites.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('facilities.sites.subtitle')}</Typography.Text>
      </div>
      {sites.error && <Alert type="error" showIcon title={t('facilities.loadFailed', { reason: sites.error.message })} />}
      <Card>
        {sites.isPending ? (
          <Spin />
        ) : (
          <List
            dataSource={sites.data?.items ?? []}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('facilities.sites.empty')} /> }}
            renderItem={(site) => (
              <List.Item>
                <List.Item.Meta title={<Link to={`/facilities/sites/${site.id}`}>{site.name}</Link>} description={site.address} />
              </List.Item>
            )}
          />
        )}
      </Card>
    </Flex>
  );
}

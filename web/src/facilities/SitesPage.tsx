import { Alert, Card, Empty, Flex, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSites } from './api';
import type { Site } from './types';

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
        <Table<Site>
          rowKey="id"
          pagination={false}
          loading={sites.isFetching}
          dataSource={sites.data?.items ?? []}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('facilities.sites.empty')} /> }}
          columns={[
            { key: 'name', title: t('facilities.sites.name'), render: (_, site) => <Link to={`/facilities/sites/${site.id}`}>{site.name}</Link> },
            { key: 'address', title: t('facilities.sites.address'), render: (_, site) => site.address ?? t('common.none') },
          ]}
        />
      </Card>
    </Flex>
  );
}

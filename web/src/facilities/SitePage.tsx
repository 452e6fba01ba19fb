import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Card, Col, Empty, Flex, Row, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useSite } from './api';

/** A site and its buildings, each opening its floors. */
export function SitePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const site = useSite(id);

  if (site.isPending) return <Spin />;
  if (site.error) return <Alert type="error" showIcon title={t('facilities.loadFailed', { reason: site.error.message })} />;
  const { name, address, buildings } = site.data;
  return (
    <Flex vertical gap={16}>
      <Link to="/facilities">
        <ArrowLeftOutlined /> {t('facilities.site.back')}
      </Link>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {name}
        </Typography.Title>
        {address && <Typography.Text type="secondary">{address}</Typography.Text>}
      </div>
      <Card title={t('facilities.sites.buildings')}>
        {buildings.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('facilities.site.empty')} />
        ) : (
          <Row gutter={[12, 12]}>
            {buildings.map((building) => (
              <Col key={building.id} xs={12} sm={8} md={6} lg={4}>
                <Link to={`/facilities/buildings/${building.id}`}>
                  <Card size="small" hoverable>
                    <Typography.Text strong>{building.name}</Typography.Text>
                    {building.floors && (
                      <div>
                        <Typography.Text type="secondary">{t('facilities.site.floors', { count: building.floors })}</Typography.Text>
                      </div>
                    )}
                  </Card>
                </Link>
              </Col>
            ))}
          </Row>
        )}
      </Card>
    </Flex>
  );
}

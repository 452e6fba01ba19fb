import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Card, Col, Empty, Flex, Menu, Row, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { useBuilding, useFloorUnits } from './api';
import { FloorGrid } from './FloorGrid';
import { useActiveNotices } from './outageApi';

/** A building's floors (top first) and the chosen floor's units as a grid; the floor is in the address (?floor=15). */
export function BuildingPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const building = useBuilding(id);
  const chosen = params.get('floor');
  const floor = chosen === null ? building.data?.floorSummaries[0]?.floor : Number(chosen);
  const units = useFloorUnits(id, floor);
  const unitIds = units.data?.items.map((unit) => unit.id) ?? [];
  const notices = useActiveNotices(unitIds, unitIds.length > 0);
  const affectedUnitIds = new Set(notices.data?.items.flatMap((notice) => notice.affectedUnitIds));

  if (building.isPending) return <Spin />;
  if (building.error) return <Alert type="error" showIcon title={t('facilities.loadFailed', { reason: building.error.message })} />;
  const { siteId, siteName, name, floorSummaries } = building.data;
  return (
    <Flex vertical gap={16}>
      <Link to={`/facilities/sites/${siteId}`}>
        <ArrowLeftOutlined /> {t('facilities.building.back', { site: siteName })}
      </Link>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {siteName} {name}
      </Typography.Title>
      {floorSummaries.length === 0 ? (
        <Card>
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('facilities.building.empty')} />
        </Card>
      ) : (
        <Row gutter={16}>
          <Col xs={24} md={6}>
            <Card title={t('facilities.building.floors')} styles={{ body: { padding: 0, maxHeight: 600, overflowY: 'auto' } }}>
              <Menu
                selectedKeys={floor === undefined ? [] : [String(floor)]}
                onClick={({ key }) => setParams({ floor: key })}
                items={floorSummaries.map((summary) => ({
                  key: String(summary.floor),
                  label: `${t('facilities.building.floor', { floor: summary.floor })} · ${t('facilities.building.floorCount', { units: summary.units, vacant: summary.vacant })}`,
                }))}
              />
            </Card>
          </Col>
          <Col xs={24} md={18}>
            <Card title={floor === undefined ? t('facilities.building.pickFloor') : t('facilities.building.floor', { floor })}>
              {units.error && <Alert type="error" showIcon title={t('facilities.loadFailed', { reason: units.error.message })} />}
              {units.isFetching ? <Spin /> : units.data && <FloorGrid units={units.data.items} affectedUnitIds={affectedUnitIds} />}
            </Card>
          </Col>
        </Row>
      )}
    </Flex>
  );
}

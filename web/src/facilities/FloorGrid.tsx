import { Badge, Card, Empty, Flex, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { FloorUnit, UnitState } from './types';

/** The colours of a unit's cell: grey when vacant, blue when someone holds it, red when an outage affects it. */
export const unitStateColors: Record<UnitState, { background: string; border: string }> = {
  vacant: { background: '#fafafa', border: '#d9d9d9' },
  occupied: { background: '#e6f4ff', border: '#91caff' },
  affected: { background: '#fff1f0', border: '#ffa39e' },
};

const states: UnitState[] = ['vacant', 'occupied', 'affected'];

interface Props {
  units: FloorUnit[];
  /** The units an outage affects now; they show red whoever holds them. */
  affectedUnitIds?: ReadonlySet<string>;
}

function unitState(unit: FloorUnit, affectedUnitIds?: ReadonlySet<string>): UnitState {
  if (affectedUnitIds?.has(unit.id)) return 'affected';
  return unit.vacant ? 'vacant' : 'occupied';
}

/** A floor's units as cells coloured by their state, each opening the unit, with who holds it and what is down. */
export function FloorGrid({ units, affectedUnitIds }: Props) {
  const { t } = useTranslation();
  if (units.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('facilities.grid.empty')} />;
  return (
    <Flex vertical gap={12}>
      <Space size="large">
        {states.map((state) => (
          <Space key={state} size={4}>
            <span style={{ display: 'inline-block', width: 12, height: 12, background: unitStateColors[state].background, border: `1px solid ${unitStateColors[state].border}` }} />
            <Typography.Text type="secondary">{t(`facilities.grid.state.${state}`)}</Typography.Text>
          </Space>
        ))}
      </Space>
      <Flex wrap gap={12}>
        {units.map((unit) => {
          const state = unitState(unit, affectedUnitIds);
          const { background, border } = unitStateColors[state];
          return (
            <Link key={unit.id} to={`/facilities/units/${unit.id}`} aria-label={`${unit.fullNumber} ${t(`facilities.grid.state.${state}`)}`} data-state={state}>
              <Card size="small" style={{ width: 160, background, borderColor: border }}>
                <Typography.Text strong>{unit.fullNumber}</Typography.Text>
                <div>
                  <Typography.Text type="secondary" ellipsis>
                    {unit.occupants.map((holder) => holder.name).join('、') || t(`facilities.grid.state.${unit.vacant ? 'vacant' : 'occupied'}`)}
                  </Typography.Text>
                </div>
                {unit.equipmentDown.length > 0 && <Badge status="error" text={t('facilities.grid.equipmentDown', { count: unit.equipmentDown.length })} />}
              </Card>
            </Link>
          );
        })}
      </Flex>
    </Flex>
  );
}

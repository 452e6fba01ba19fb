import { Descriptions, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Handover } from './types';

/** A handover's shifts, open items (linked, with their status now), things counted, notes and special events. */
export function HandoverSummary({ handover }: { handover: Handover }) {
  const { t } = useTranslation();
  return (
    <Descriptions size="small" column={1}>
      <Descriptions.Item label={t('desk.handover.shifts')}>
        {t('desk.handover.from', { shift: handover.shift, date: handover.shiftDate, next: handover.nextShift, nextDate: handover.nextShiftDate })}
      </Descriptions.Item>
      <Descriptions.Item label={t('desk.handover.carriedOver')}>
        <Space wrap>
          {handover.carriedOver.length === 0 && t('desk.handover.none')}
          {handover.carriedOver.map((item) => (
            <Space key={item.itemId} size={4}>
              <Link to={`/${item.type === 'Complaint' ? 'complaints' : 'tickets'}/${item.itemId}`}>{item.number}</Link>
              <Tag color={item.open ? 'orange' : 'green'}>{item.status ? t(`${item.type === 'Complaint' ? 'complaints' : 'tickets'}.status.${item.status}`) : t('desk.handover.unknownStatus')}</Tag>
            </Space>
          ))}
        </Space>
      </Descriptions.Item>
      <Descriptions.Item label={t('desk.handover.counted')}>
        {handover.counted.map((thing) => `${thing.what} × ${thing.count}`).join('，') || t('desk.handover.none')}
      </Descriptions.Item>
      <Descriptions.Item label={t('desk.handover.notes')}>{handover.notes}</Descriptions.Item>
      {handover.specialEvents && <Descriptions.Item label={t('desk.handover.specialEvents')}>{handover.specialEvents}</Descriptions.Item>}
    </Descriptions>
  );
}

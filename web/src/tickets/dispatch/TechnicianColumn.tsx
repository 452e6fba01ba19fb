import { Card, Flex, Tag, Typography } from 'antd';
import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TechnicianLoad } from './api';
import { ticketDragType } from './BoardCard';

interface Props {
  technician: TechnicianLoad;
  onDropTicket: (ticketId: string, technician: TechnicianLoad) => void;
}

/** A technician with their open jobs: a ticket card dropped here is dispatched to them. */
export function TechnicianColumn({ technician, onDropTicket }: Props) {
  const { t } = useTranslation();
  const [over, setOver] = useState(false);
  const carriesTicket = (event: DragEvent) => event.dataTransfer.types.includes(ticketDragType);

  return (
    <Card
      size="small"
      role="region"
      aria-label={t('tickets.dispatch.dropHere', { name: technician.name })}
      style={{ borderStyle: over ? 'dashed' : 'solid', borderColor: over ? '#1677ff' : undefined }}
      onDragOver={(event) => {
        if (!carriesTicket(event)) return;
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        const ticketId = event.dataTransfer.getData(ticketDragType);
        if (ticketId) onDropTicket(ticketId, technician);
      }}
    >
      <Flex vertical gap={4}>
        <Typography.Text strong>
          {technician.name}（{technician.serviceNumber}）
        </Typography.Text>
        <Typography.Text type="secondary">{technician.teamName}</Typography.Text>
        <Flex gap={4} wrap>
          <Tag color={technician.openJobs === 0 ? 'green' : 'blue'}>{t('tickets.dispatch.openJobs', { count: technician.openJobs })}</Tag>
          {technician.skills.map((skill) => (
            <Tag key={skill}>{t(`skills.${skill}`)}</Tag>
          ))}
        </Flex>
      </Flex>
    </Card>
  );
}

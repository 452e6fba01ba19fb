import { Alert, App, Card, Col, Empty, Flex, Row, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemOf } from '../../api/problem';
import { PageHeader } from '../../shared/PageHeader';
import { useAssign, useDispatchBoard, type BoardTicket, type TechnicianLoad } from './api';
import { AssignDialog } from './AssignDialog';
import { BoardCard } from './BoardCard';
import { TechnicianColumn } from './TechnicianColumn';

/** 派工台: open work waiting for a technician, and the technicians with their load. */
export function DispatchBoardPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const board = useDispatchBoard();
  const assign = useAssign();
  const [choosingFor, setChoosingFor] = useState<BoardTicket>();

  const assignDropped = (ticketId: string, technician: TechnicianLoad) =>
    assign.mutate(
      { ticketId, technicianIds: [technician.id] },
      { onSuccess: (ticket) => void message.success(t('tickets.dispatch.assigned', { number: ticket.number, name: technician.name })) },
    );

  return (
    <Flex vertical gap={16}>
      <PageHeader titleKey="tickets.dispatch.title" subtitleKey="tickets.dispatch.subtitle" />
      {assign.error && <Alert type="error" showIcon closable title={problemOf(assign.error).detail} onClose={() => assign.reset()} />}
      {board.isPending && <Spin />}
      {board.error && <Alert type="error" showIcon title={t('tickets.loadFailed', { reason: board.error.message })} />}
      {board.data && (
        <Spin spinning={assign.isPending}>
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={10}>
              <Card size="small" title={t('tickets.dispatch.unassigned', { count: board.data.unassigned.length })}>
                <Flex vertical gap={8}>
                  {board.data.unassigned.map((ticket) => (
                    <BoardCard key={ticket.id} ticket={ticket} onAssign={setChoosingFor} />
                  ))}
                  {board.data.unassigned.length === 0 && <Empty description={t('tickets.dispatch.noUnassigned')} />}
                </Flex>
              </Card>
            </Col>
            <Col xs={24} lg={14}>
              <Card size="small" title={t('tickets.dispatch.technicians')}>
                <Row gutter={[8, 8]}>
                  {board.data.technicians.map((technician) => (
                    <Col key={technician.id} xs={24} sm={12}>
                      <TechnicianColumn technician={technician} onDropTicket={assignDropped} />
                    </Col>
                  ))}
                </Row>
              </Card>
            </Col>
          </Row>
        </Spin>
      )}
      <AssignDialog ticket={choosingFor} onClose={() => setChoosingFor(undefined)} />
    </Flex>
  );
}

import { Button, Empty, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DeadlineBadge } from '../shared/DeadlineBadge';
import { DueTime } from '../tickets/DueTime';
import { CaseLink } from './CaseLink';
import { isOpen, type Callback } from './types';

interface Props {
  callbacks: Callback[];
  loading: boolean;
  selectedId?: string;
  onSelect: (callback: Callback) => void;
}

/** The callbacks of one tab in call order: whom to call, why, about what, by when, and how often they were tried. */
export function CallbackList({ callbacks, loading, selectedId, onSelect }: Props) {
  const { t } = useTranslation();
  return (
    <Table<Callback>
      rowKey="id"
      size="small"
      pagination={false}
      loading={loading}
      dataSource={callbacks}
      rowClassName={(callback) => (callback.id === selectedId ? 'ant-table-row-selected' : '')}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('callbacks.empty')} /> }}
      columns={[
        {
          key: 'customer',
          title: t('callbacks.script.customer'),
          render: (_, callback) => (
            <Button type="link" style={{ padding: 0 }} onClick={() => onSelect(callback)}>
              {callback.script?.customerName ?? callback.customerId}
            </Button>
          ),
        },
        {
          key: 'reason',
          title: t('callbacks.history.title'),
          render: (_, callback) => (
            <>
              {t(`callbacks.reason.${callback.reason}`)} <CaseLink callback={callback} />
            </>
          ),
        },
        {
          key: 'due',
          title: t('callbacks.request.dueAt'),
          render: (_, callback) => (
            <DueTime at={callback.callAt}>
              <DeadlineBadge dueAt={callback.dueAt} fulfilled={!isOpen(callback)} />
            </DueTime>
          ),
        },
        {
          key: 'attempts',
          title: t('callbacks.attempt.outcome'),
          render: (_, callback) => (
            <Typography.Text type="secondary">
              {callback.attempts.length ? t('callbacks.attempts', { count: callback.attempts.length }) : t('callbacks.noAttempts')}
            </Typography.Text>
          ),
        },
      ]}
    />
  );
}

import { Alert, Button, Empty, Flex, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../i18n/formatDateTime';
import { useLanguage } from '../i18n/useLanguage';
import { useAccessLog } from './api';
import { ActorName } from '../shared/StaffName';
import type { SensitiveAccess } from './types';

/** Who saw the full ID number or bank account, when and why: of one customer, or of all customers without an id. */
export function AccessLog({ customerId }: { customerId?: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const log = useAccessLog(customerId);

  const columns: TableColumnsType<SensitiveAccess> = [
    { key: 'at', title: t('customers.access.at'), render: (_, a) => formatDateTime(a.accessedAt, language) },
    ...(customerId
      ? []
      : [{ key: 'customer', title: t('customers.access.customer'), render: (_: unknown, a: SensitiveAccess) => <Link to={`/customers/${a.customerId}`}>{`${a.customerName}（${a.customerNumber}）`}</Link> }]),
    { key: 'fields', title: t('customers.access.fields'), render: (_, a) => a.fields.map((f) => t(`customers.field.${f}`)).join('、') },
    { key: 'reason', title: t('customers.access.reason'), render: (_, a) => a.reason ?? t('common.none') },
    { key: 'by', title: t('customers.access.by'), render: (_, a) => <ActorName actor={a.accessedBy} /> },
  ];

  return (
    <Flex vertical gap={16}>
      {log.error && <Alert type="error" showIcon title={log.error.message} />}
      <Table<SensitiveAccess>
        rowKey="id"
        size="small"
        pagination={false}
        loading={log.isFetching && !log.isFetchingNextPage}
        dataSource={log.items}
        columns={columns}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('customers.access.empty')} /> }}
      />
      {log.hasNextPage && (
        <Flex justify="center">
          <Button onClick={() => void log.fetchNextPage()} loading={log.isFetchingNextPage}>
            {t('customers.loadMore')}
          </Button>
        </Flex>
      )}
    </Flex>
  );
}

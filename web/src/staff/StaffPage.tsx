import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasPermission } from '../auth/permissions';
import { useSignedInUser } from '../auth/useSignedInUser';
import { CreateStaffDrawer } from './CreateStaffDrawer';
import { StaffFilters } from './StaffFilters';
import { StaffTable } from './StaffTable';
import { useStaffFilter } from './useStaffFilter';
import { useStaffList } from './useStaffList';
import { useTeams } from './useTeams';

export function StaffPage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const canManage = hasPermission(user, 'staff:manage');
  const [filter, changeFilter] = useStaffFilter();
  const list = useStaffList(filter);
  const teams = useTeams();
  const [creating, setCreating] = useState(false);

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="flex-end">
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('staff.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('staff.subtitle')}</Typography.Text>
        </div>
        {canManage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('staff.create')}
          </Button>
        )}
      </Flex>
      <Card>
        <StaffFilters filter={filter} teams={teams} onChange={changeFilter} />
        {list.error && (
          <Alert type="error" showIcon title={t('staff.loadFailed', { reason: list.error.message })} style={{ marginBottom: 16 }} />
        )}
        <StaffTable
          staff={list.staff}
          teams={teams}
          loading={list.isFetching && !list.isFetchingNextPage}
          manageable={canManage}
          signedInUserId={user.id}
        />
        {list.hasNextPage && (
          <Flex justify="center" style={{ marginTop: 16 }}>
            <Button onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
              {t('staff.loadMore')}
            </Button>
          </Flex>
        )}
      </Card>
      {canManage && <CreateStaffDrawer open={creating} teams={teams} onClose={() => setCreating(false)} />}
    </Flex>
  );
}

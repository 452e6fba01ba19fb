import { Badge, Button, Empty, Flex, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Staff, Team } from '../api/types';
import { formatDateTime } from '../i18n/formatDateTime';
import { useLanguage } from '../i18n/useLanguage';
import { ContactDialog } from './ContactDialog';
import { ResetPasswordDialog } from './ResetPasswordDialog';
import { StaffActiveToggle } from './StaffActiveToggle';

interface Props {
  staff: Staff[];
  teams: Team[];
  loading: boolean;
  /** Show the deactivate / activate and reset-password actions. */
  manageable: boolean;
  signedInUserId: string;
}

export function StaffTable({ staff, teams, loading, manageable, signedInUserId }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const teamNames = new Map(teams.map((team) => [team.id, team.name]));
  const [resetting, setResetting] = useState<Staff | null>(null);
  const [contacting, setContacting] = useState<Staff | null>(null);

  const columns: TableColumnsType<Staff> = [
    { key: 'username', title: t('staff.column.username'), dataIndex: 'username' },
    { key: 'displayName', title: t('staff.column.displayName'), dataIndex: 'displayName' },
    { key: 'serviceNumber', title: t('staff.column.serviceNumber'), dataIndex: 'serviceNumber' },
    {
      key: 'roles',
      title: t('staff.column.roles'),
      render: (_, { roles }) =>
        roles.map((role) => (
          <Tag key={role} color="blue">
            {t(`roles.${role}`, { defaultValue: role })}
          </Tag>
        )),
    },
    {
      key: 'team',
      title: t('staff.column.team'),
      render: (_, { teamId }) => (teamId && teamNames.get(teamId)) || t('common.none'),
    },
    {
      key: 'skills',
      title: t('staff.column.skills'),
      render: (_, { skills }) =>
        skills.length ? skills.map((skill) => <Tag key={skill}>{t(`skills.${skill}`, { defaultValue: skill })}</Tag>) : t('common.none'),
    },
    {
      key: 'status',
      title: t('staff.column.status'),
      render: (_, { active }) => (
        <Badge status={active ? 'success' : 'default'} text={t(active ? 'staff.status.active' : 'staff.status.inactive')} />
      ),
    },
    {
      key: 'createdAt',
      title: t('staff.column.createdAt'),
      render: (_, { createdAt }) => formatDateTime(createdAt, language),
    },
  ];
  if (manageable) {
    columns.push({
      key: 'actions',
      title: t('staff.column.actions'),
      render: (_, member) => (
        <Flex>
          <StaffActiveToggle staff={member} isSelf={member.id === signedInUserId} />
          <Button type="link" size="small" onClick={() => setResetting(member)}>
            {t('staff.reset.action')}
          </Button>
          <Button type="link" size="small" onClick={() => setContacting(member)}>
            {t('staff.contact.action')}
          </Button>
        </Flex>
      ),
    });
  }

  return (
    <>
      <Table<Staff>
        rowKey="id"
        columns={columns}
        dataSource={staff}
        loading={loading}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('staff.empty')} /> }}
      />
      {manageable && <ResetPasswordDialog staff={resetting} onClose={() => setResetting(null)} />}
      {manageable && <ContactDialog staff={contacting} onClose={() => setContacting(null)} />}
    </>
  );
}

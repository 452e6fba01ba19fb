import { Alert, Card, DatePicker, Flex, Select, Table } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { hasPermission } from '../auth/permissions';
import { useSignedInUser } from '../auth/useSignedInUser';
import { PageHeader } from '../shared/PageHeader';
import { useTeams } from '../staff/useTeams';
import { useRounds } from './inspectionApi';
import { RoundStatusTag } from './RoundStatusTag';
import { roundStatuses, type RoundSummary } from './types';

/** 今日巡检: the day's rounds, by team and status; whoever walks rounds (the desk's assistants, technicians) opens one on the phone, anyone reads its report. */
export function RoundsPage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const canWalk = hasPermission(user, 'facilities:rounds');
  const canSeeTeams = hasPermission(user, 'staff:read');
  const [day, setDay] = useState<Dayjs>(dayjs());
  const [status, setStatus] = useState<RoundSummary['status']>();
  const [teamId, setTeamId] = useState<string>();
  const rounds = useRounds(day.format('YYYY-MM-DD'));
  const teamNames = new Map(useTeams(canSeeTeams).map((team) => [team.id, team.name]));
  const teamName = (id?: string | null) => (id ? (teamNames.get(id) ?? id) : t('common.none'));
  const all = rounds.data ?? [];
  const teams = [...new Set(all.flatMap((round) => (round.teamId ? [round.teamId] : [])))];
  const shown = all.filter((round) => (!status || round.status === status) && (!teamId || round.teamId === teamId));

  return (
    <Flex vertical gap={16}>
      <PageHeader titleKey="facilities.rounds.title" subtitleKey="facilities.rounds.subtitle" />
      {rounds.error && <Alert type="error" showIcon title={t('facilities.loadFailed', { reason: rounds.error.message })} />}
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <DatePicker value={day} allowClear={false} onChange={(picked) => picked && setDay(picked)} aria-label={t('facilities.rounds.date')} />
          <Select allowClear placeholder={t('facilities.rounds.anyStatus')} aria-label={t('facilities.rounds.status')} style={{ width: 140 }} value={status} onChange={setStatus}
            options={roundStatuses.map((s) => ({ value: s, label: t(`facilities.roundStatus.${s}`) }))} />
          {canSeeTeams && <Select allowClear placeholder={t('facilities.rounds.anyTeam')} aria-label={t('facilities.rounds.team')} style={{ width: 180 }} value={teamId} onChange={setTeamId}
            options={teams.map((id) => ({ value: id, label: teamName(id) }))} />}
        </Flex>
        <Table<RoundSummary>
          rowKey="id"
          pagination={false}
          loading={rounds.isFetching}
          dataSource={shown}
          locale={{ emptyText: t('facilities.rounds.empty') }}
          columns={[
            { key: 'place', title: t('facilities.rounds.place'), render: (_, r) => <Link to={`/facilities/rounds/${r.id}`}>{r.place.label}</Link> },
            { key: 'checklist', title: t('facilities.rounds.checklist'), dataIndex: 'checklist' },
            ...(canSeeTeams ? [{ key: 'team', title: t('facilities.rounds.team'), render: (_: unknown, r: RoundSummary) => teamName(r.teamId) }] : []),
            { key: 'status', title: t('facilities.rounds.status'), render: (_, r) => <RoundStatusTag round={r} /> },
            ...(canWalk ? [{ key: 'walk', render: (_: unknown, r: RoundSummary) => r.status === 'Open' && <Link to={`/my/rounds/${r.id}`}>{t('facilities.rounds.walk')}</Link> }] : []),
          ]}
        />
      </Card>
    </Flex>
  );
}

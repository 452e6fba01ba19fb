import { Alert, App, Button, Flex, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasPermission } from '../auth/permissions';
import { useSignedInUser } from '../auth/useSignedInUser';
import { deskDay } from '../i18n/formatDateTime';
import { localizedProblem } from '../shared/localizedProblem';
import { PageHeader } from '../shared/PageHeader';
import { useStaffSearch } from '../shared/useStaff';
import { useTeams } from '../staff/useTeams';
import { useRoster, useSetRoster } from './api';
import { ShiftTimesEditor } from './ShiftTimesEditor';
import { addDays, defaultShifts, mondayOf, type Roster, type Shift, weekFrom } from './types';

type Cells = Record<string, string[]>;

const cellKey = (date: string, shift: string) => `${date}|${shift}`;

/** 值班表: a team's week as a grid, shifts down and days across, each cell the people on that shift that day. */
export function RosterPage() {
  const { t } = useTranslation();
  const teams = useTeams();
  const [teamId, setTeamId] = useState<string>();
  const [weekOf, setWeekOf] = useState(() => mondayOf(deskDay()));
  const roster = useRoster(teamId, weekOf);

  return (
    <Flex vertical gap={16}>
      <PageHeader titleKey="desk.roster.title" subtitleKey="desk.roster.subtitle" />
      <Space wrap>
        <Select
          aria-label={t('desk.roster.team')}
          placeholder={t('desk.roster.team')}
          style={{ minWidth: 200 }}
          value={teamId}
          onChange={setTeamId}
          options={teams.map((team) => ({ value: team.id, label: team.name }))}
        />
        <Button onClick={() => setWeekOf(addDays(weekOf, -7))}>{t('desk.roster.previous')}</Button>
        <span>{t('desk.roster.week', { from: weekOf, to: addDays(weekOf, 6) })}</span>
        <Button onClick={() => setWeekOf(addDays(weekOf, 7))}>{t('desk.roster.next')}</Button>
      </Space>
      {roster.error && <Alert type="error" showIcon title={localizedProblem(t, roster.error).detail} />}
      {roster.data && <RosterGrid key={`${teamId}|${weekOf}|${roster.dataUpdatedAt}`} roster={roster.data} />}
    </Flex>
  );
}

function RosterGrid({ roster }: { roster: Roster }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const save = useSetRoster();
  const canSet = hasPermission(useSignedInUser(), 'desk:roster');
  const [shifts, setShifts] = useState<Shift[]>(() => (roster.shifts.length > 0 ? roster.shifts : defaultShifts));
  const days = weekFrom(roster.weekOf);
  const [cells, setCells] = useState<Cells>(() =>
    Object.fromEntries(roster.assignments.map((assignment) => [cellKey(assignment.date, assignment.shift), assignment.staffIds])),
  );
  const found = useStaffSearch('').data?.items ?? [];
  const people = new Map([...roster.people.map((person) => [person.id, person.displayName] as const), ...found.map((staff) => [staff.id, staff.displayName] as const)]);
  const options = [...people].map(([value, label]) => ({ value, label }));

  const submit = async () => {
    const assignments = Object.entries(cells)
      .filter(([, staffIds]) => staffIds.length > 0)
      .map(([key, staffIds]) => {
        const [date, shift] = key.split('|');
        return { date: date!, shift: shift!, staffIds };
      });
    try {
      await save.mutateAsync({ teamId: roster.teamId, weekOf: roster.weekOf, calendarId: roster.calendarId, shifts, assignments });
      void message.success(t('desk.roster.saved'));
    } catch (error) {
      void message.error(localizedProblem(t, error).detail);
    }
  };

  return (
    <Flex vertical gap={12}>
      <Table<Shift>
        rowKey="name"
        size="small"
        pagination={false}
        scroll={{ x: true }}
        dataSource={shifts}
        columns={[
          {
            title: t('desk.roster.shift'),
            key: 'shift',
            render: (_, shift) => (
              <ShiftTimesEditor
                shift={shift}
                editable={canSet}
                onChange={(changed) => setShifts(shifts.map((each) => (each.name === changed.name ? changed : each)))}
              />
            ),
          },
          ...days.map((date) => ({
            title: date.slice(5),
            key: date,
            render: (_: unknown, shift: Shift) => (
              <Select
                mode="multiple"
                disabled={!canSet}
                aria-label={t('desk.roster.cell', { date, shift: shift.name })}
                style={{ minWidth: 140 }}
                value={cells[cellKey(date, shift.name)] ?? []}
                onChange={(staffIds: string[]) => setCells({ ...cells, [cellKey(date, shift.name)]: staffIds })}
                options={options}
                optionFilterProp="label"
              />
            ),
          })),
        ]}
      />
      {canSet && (
        <Flex justify="flex-end">
          <Button type="primary" loading={save.isPending} onClick={() => void submit()}>
            {t('desk.roster.save')}
          </Button>
        </Flex>
      )}
    </Flex>
  );
}

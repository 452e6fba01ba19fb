import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AssigneeSuggestion } from './api';

/** Why a technician is suggested, in the user's language: skill for the category, team, load, already on the job. */
export function SuggestionReasons({ suggestion }: { suggestion: AssigneeSuggestion }) {
  const { t } = useTranslation();
  const { skillMatch, sameTeam, alreadyAssigned, technician } = suggestion;
  return (
    <>
      <Tag color={skillMatch ? 'green' : 'default'}>{t(skillMatch ? 'tickets.dispatch.reason.skilled' : 'tickets.dispatch.reason.unskilled')}</Tag>
      {sameTeam && <Tag color="blue">{t('tickets.dispatch.reason.sameTeam', { team: technician.teamName ?? '' })}</Tag>}
      <Tag>{t('tickets.dispatch.openJobs', { count: technician.openJobs })}</Tag>
      {alreadyAssigned && <Tag color="purple">{t('tickets.dispatch.reason.already')}</Tag>}
    </>
  );
}

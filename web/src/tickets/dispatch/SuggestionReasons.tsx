import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { categoryKey } from '../types';
import type { AssigneeSuggestion } from './api';

type Reason = AssigneeSuggestion['reasons'][number];

const colors: Partial<Record<Reason['code'], string>> = { Skilled: 'green', SameTeam: 'blue', AlreadyAssigned: 'purple' };

/** Why a technician is suggested, as the server reasons it, in the user's language: skill for the category, team, load, already on the job. */
export function SuggestionReasons({ suggestion }: { suggestion: AssigneeSuggestion }) {
  const { t } = useTranslation();
  const worded = (reason: Reason) =>
    t(`tickets.dispatch.reason.${reason.code}`, {
      category: reason.category ? t(categoryKey(reason.category)) : '',
      team: reason.team ?? '',
      count: reason.count ?? 0,
    });
  return (
    <>
      {suggestion.reasons.map((reason) => (
        <Tag key={reason.code} color={colors[reason.code] ?? 'default'}>
          {worded(reason)}
        </Tag>
      ))}
    </>
  );
}

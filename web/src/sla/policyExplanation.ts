import type { TFunction } from 'i18next';
import type { SlaPolicyEvaluation } from '../api/types';

/** The conditions of a policy that matches anything, as the server words them. */
const matchesAnything = 'anything';

/**
 * Why a policy applies, in the user's language: worded from the evaluation's code and args (the rule's order and
 * name, its conditions, the earlier rules that did not match); the server's text when the code is unknown.
 */
export function policyExplanation(t: TFunction, evaluation: Pick<SlaPolicyEvaluation, 'explanation' | 'explanationCode' | 'explanationArgs'>): string {
  const key = `sla.why.${evaluation.explanationCode}`;
  if (!t(key, { defaultValue: '' })) return evaluation.explanation;
  const { conditions, skipped, ...rest } = evaluation.explanationArgs;
  const applies = t(key, { ...rest, conditions: conditions === matchesAnything ? t('sla.why.anything') : conditions });
  return skipped ? `${applies}${t('sla.why.skipped', { skipped })}` : applies;
}

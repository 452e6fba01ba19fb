import type { SlaPolicyMatch } from '../../api/types';

/** Conditions with an emptied category left out: a blank category means "any", not "the empty one". */
export function withoutBlankCategory<Match extends SlaPolicyMatch>(match: Match): Match {
  return { ...match, category: match.category?.trim() || undefined };
}

import type { TFunction } from 'i18next';
import { problemOf, type Problem } from '../api/problem';

/**
 * The problem an error describes, its detail in the user's language when the SPA knows the
 * server's `code` (the server words business rules in English).
 */
export function localizedProblem(t: TFunction, error: unknown): Problem {
  const problem = problemOf(error);
  const key = `sla.problem.${String(problem.code)}`;
  return typeof problem.code === 'string' && t(key, { defaultValue: '' }) ? { ...problem, detail: t(key) } : problem;
}

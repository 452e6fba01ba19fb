import type { Problem } from './problem';

export interface FieldErrors<Field extends string> {
  name: Field;
  errors: string[];
}

export interface FormErrors<Field extends string> {
  /** For antd's `form.setFields`. */
  fields: FieldErrors<Field>[];
  /** Messages that belong to none of the form's fields, to show beside the form. */
  general: string[];
}

interface FormShape<Field extends string> {
  fieldNames: readonly Field[];
  /** The field a 409 conflict is about when the problem does not name one in its `field` extension. */
  conflictField?: Field;
}

/**
 * Spreads a problem over a form: each field error onto its field (matched by name, ignoring case
 * and list indexes such as `roles[0]`), a conflict onto the field it is about, everything else
 * into `general`.
 */
export function formErrorsOf<Field extends string>(
  problem: Problem,
  { fieldNames, conflictField }: FormShape<Field>,
): FormErrors<Field> {
  const summary = problem.detail ?? problem.title ?? '';
  if (!problem.errors || Object.keys(problem.errors).length === 0) {
    const conflicting = problem.status === 409 && (fieldNamed(fieldNames, problem.field) ?? conflictField);
    if (conflicting) return { fields: [{ name: conflicting, errors: [summary] }], general: [] };
    return { fields: [], general: summary ? [summary] : [] };
  }

  const fields = new Map<Field, string[]>();
  const general: string[] = [];
  for (const [key, messages] of Object.entries(problem.errors)) {
    const field = fieldNamed(fieldNames, key);
    if (field) fields.set(field, [...(fields.get(field) ?? []), ...messages]);
    else general.push(...messages);
  }
  return { fields: [...fields].map(([name, errors]) => ({ name, errors })), general };
}

function fieldNamed<Field extends string>(fieldNames: readonly Field[], key: unknown): Field | undefined {
  if (typeof key !== 'string') return undefined;
  const wanted = key.replace(/\[\d+\]/g, '').toLowerCase();
  return fieldNames.find((name) => name.toLowerCase() === wanted);
}

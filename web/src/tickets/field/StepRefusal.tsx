import { Alert } from 'antd';
import { problemOf } from '../../api/problem';

/** Why the server refused a field step (409 wrong status, 400 a field's problem), as it worded it. */
export function StepRefusal({ error }: { error: Error | null }) {
  if (!error) return null;
  const problem = problemOf(error);
  const fieldErrors = Object.values(problem.errors ?? {}).flat();
  return <Alert type="error" showIcon title={problem.detail ?? problem.title} description={fieldErrors.length > 0 ? fieldErrors.join(' ') : undefined} style={{ marginBottom: 12 }} />;
}

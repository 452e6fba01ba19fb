import { ResultPage } from './ResultPage';

export function ForbiddenPage() {
  return <ResultPage status={403} messageKey="result.forbidden" />;
}

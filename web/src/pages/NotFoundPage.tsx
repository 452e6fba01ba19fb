import { ResultPage } from './ResultPage';

export function NotFoundPage() {
  return <ResultPage status={404} messageKey="result.notFound" />;
}

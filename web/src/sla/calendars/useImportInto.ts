import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SlaCalendar } from '../../api/types';
import { localizedProblem } from '../../shared/localizedProblem';
import { useImportCalendarDays } from './useCalendars';

/** Imports an iCalendar text into a calendar and says how it went; resolves to whether it worked. */
export function useImportInto(calendar: SlaCalendar) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const importDays = useImportCalendarDays();

  const run = (ics: string, done: string) =>
    importDays.mutateAsync({ id: calendar.id, ics }).then(
      () => {
        void message.success(done);
        return true;
      },
      (error: unknown) => {
        void message.error(localizedProblem(t, error).detail);
        return false;
      },
    );
  return { run, pending: importDays.isPending };
}

import type { UseQueryResult } from '@tanstack/react-query';
import { App, type FormInstance } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formErrorsOf } from '../api/formErrors';
import { isStale, type Versioned } from './versioned';
import { localizedProblem } from './localizedProblem';

interface Options<Resource, Values, Field extends string> {
  form: FormInstance<Values>;
  /** The resource being edited, read with its ETag; idle when creating. */
  current: UseQueryResult<Versioned<Resource>>;
  toValues: (resource: Resource) => Values;
  fieldNames: readonly Field[];
  /** The field a 409 is about when the server does not say. */
  conflictField?: Field;
  /** Sends the form; `etag` is that of the resource being edited. */
  save: (values: Values, etag: string | undefined) => Promise<unknown>;
  /** Said once saved, before the drawer closes. */
  savedMessage: string;
  onClose: () => void;
}

/** A create-or-edit form in an EditDrawer: fills it from the resource read, sends it, and spreads the server's refusals over it. */
export function useEditForm<Resource, Values, Field extends string>({
  form,
  current,
  toValues,
  fieldNames,
  conflictField,
  save,
  savedMessage,
  onClose,
}: Options<Resource, Values, Field>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [generalErrors, setGeneralErrors] = useState<string[]>([]);
  const [stale, setStale] = useState(false);
  const loaded = current.data;

  useEffect(() => {
    if (loaded) form.setFieldsValue(toValues(loaded.resource) as Parameters<typeof form.setFieldsValue>[0]);
    // Filled once per reading, not on every render.
  }, [loaded, form]);

  const submit = async (values: Values) => {
    setGeneralErrors([]);
    try {
      await save(values, loaded?.etag);
      void message.success(savedMessage);
      close();
    } catch (error) {
      if (isStale(error)) {
        setStale(true);
        return;
      }
      const { fields, general } = formErrorsOf(localizedProblem(t, error), { fieldNames, conflictField });
      form.setFields(fields as Parameters<typeof form.setFields>[0]);
      setGeneralErrors(general);
    }
  };

  // The form instance outlives the drawer's content: empty it, so the next opening starts afresh.
  const close = () => {
    form.resetFields();
    setGeneralErrors([]);
    setStale(false);
    onClose();
  };

  const reload = async () => {
    await current.refetch();
    setStale(false);
  };

  /** What the EditDrawer shows: `<EditDrawer {...drawer}>`. */
  const drawer = {
    loading: current.isFetching,
    generalErrors,
    stale,
    onReload: () => void reload(),
    onSave: () => form.submit(),
    onClose: close,
  };
  return { submit, drawer };
}

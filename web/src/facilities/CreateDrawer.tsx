import { Alert, App, Button, Drawer, Flex, type FormInstance } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formErrorsOf } from '../api/formErrors';
import { problemOf } from '../api/problem';

interface Options<Values> {
  form: FormInstance<Values>;
  fieldNames: readonly string[];
  /** Sends the form; answers what to say once it is saved. */
  save: (values: Values) => Promise<string>;
  onClose: () => void;
}

/** A form in a CreateDrawer, new or edited: sends it, says it is saved, and spreads the server's refusals over its fields. */
export function useSaveForm<Values>({ form, fieldNames, save, onClose }: Options<Values>) {
  const { message } = App.useApp();
  const [generalErrors, setGeneralErrors] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);

  const close = () => {
    form.resetFields();
    setGeneralErrors([]);
    onClose();
  };

  const submit = async (values: Values) => {
    setGeneralErrors([]);
    setSaving(true);
    try {
      void message.success(await save(values));
      close();
    } catch (error) {
      const { fields, general } = formErrorsOf(problemOf(error), { fieldNames });
      form.setFields(fields as Parameters<typeof form.setFields>[0]);
      setGeneralErrors(general);
    } finally {
      setSaving(false);
    }
  };

  /** What the CreateDrawer shows: `<CreateDrawer {...drawer}>`. */
  const drawer = { generalErrors, saving, onSave: () => form.submit(), onClose: close };
  return { submit: (values: Values) => void submit(values), drawer };
}

interface Props {
  title: string;
  open: boolean;
  saving: boolean;
  generalErrors: string[];
  onSave: () => void;
  onClose: () => void;
  saveLabel?: string;
  danger?: boolean;
  children: ReactNode;
}

/** The drawer that creates a facilities record (a checklist, a plan, an outage), with its save bar and its refusals. */
export function CreateDrawer({ title, open, saving, generalErrors, onSave, onClose, saveLabel, danger, children }: Props) {
  const { t } = useTranslation();
  return (
    <Drawer title={title} open={open} size={600} onClose={onClose} destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" danger={danger} loading={saving} onClick={onSave}>
            {saveLabel ?? t('facilities.save')}
          </Button>
        </Flex>
      }>
      {generalErrors.length > 0 && <Alert type="error" showIcon title={generalErrors.join(' ')} style={{ marginBottom: 16 }} />}
      {children}
    </Drawer>
  );
}

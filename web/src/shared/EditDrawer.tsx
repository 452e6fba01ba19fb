import { Alert, Button, Drawer, Flex, Spin } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  title: string;
  open: boolean;
  /** The resource is still being read. */
  loading: boolean;
  saving: boolean;
  /** Messages of the last refusal that belong to no field. */
  generalErrors: string[];
  /** Someone else changed the resource since it was read (412): offer to read it again. */
  stale: boolean;
  onReload: () => void;
  onSave: () => void;
  onClose: () => void;
  children: ReactNode;
}

/** The drawer that creates or edits an SLA resource, with its save bar and its refusals. */
export function EditDrawer({ title, open, loading, saving, generalErrors, stale, onReload, onSave, onClose, children }: Props) {
  const { t } = useTranslation();
  return (
    <Drawer
      title={title}
      open={open}
      size={560}
      onClose={onClose}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={saving} disabled={loading || stale} onClick={onSave}>
            {t('sla.save')}
          </Button>
        </Flex>
      }
    >
      {stale && (
        <Alert
          type="warning"
          showIcon
          title={t('sla.stale')}
          action={
            <Button size="small" onClick={onReload}>
              {t('sla.reload')}
            </Button>
          }
          style={{ marginBottom: 16 }}
        />
      )}
      {generalErrors.length > 0 && <Alert type="error" showIcon title={generalErrors.join(' ')} style={{ marginBottom: 16 }} />}
      <Spin spinning={loading}>{children}</Spin>
    </Drawer>
  );
}

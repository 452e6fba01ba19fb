import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, Flex, Form, Input, InputNumber, Radio, Select, Skeleton } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateDrawer, useSaveForm } from './CreateDrawer';
import { useChecklist, useSaveChecklist } from './inspectionApi';
import { checklistItemKinds, checklistTargets, repairCategories, type Checklist, type NewChecklist } from './types';

const blankItem = { text: '', kind: 'PassFail', category: 'Other', photoRequired: false } as const;

/** The fields of a checklist as read, as a form holds them (items without their ids). */
function fieldsOf({ name, target, teamId, items }: Checklist): NewChecklist {
  return { name, target, teamId, items: items.map(({ id: _id, ...item }) => item) };
}

/**
 * Creates a checklist — its name, which places the daily job gives it to, and its items — or, given `editing` (an id),
 * changes one read afresh with its ETag.
 */
export function ChecklistDrawer({ open, editing, onClose }: { open: boolean; editing?: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<NewChecklist>();
  const save = useSaveChecklist();
  const current = useChecklist(open ? editing : undefined);
  const required = { required: true, whitespace: true, message: t('facilities.checklists.required') };
  const { submit, drawer } = useSaveForm({
    form,
    fieldNames: ['name', 'target', 'items'],
    save: async (fields: NewChecklist) => {
      const saved = await save.mutateAsync({ id: editing, etag: current.data?.etag, fields });
      return t(editing ? 'facilities.checklists.saved' : 'facilities.checklists.created', { name: saved.name });
    },
    onClose,
  });
  const loaded = current.data?.resource;
  useEffect(() => {
    if (loaded) form.setFieldsValue(fieldsOf(loaded));
  }, [form, loaded]);

  return (
    <CreateDrawer title={t(editing ? 'facilities.checklists.editTitle' : 'facilities.checklists.create')} open={open} {...drawer}>
      {editing && <Alert type="info" showIcon title={t('facilities.checklists.editNote')} style={{ marginBottom: 16 }} />}
      {current.error && <Alert type="error" showIcon title={t('facilities.loadFailed', { reason: current.error.message })} />}
      {editing && current.isPending ? <Skeleton active /> : (
        <Form<NewChecklist> form={form} layout="vertical" initialValues={{ target: 'None', items: [blankItem] }} onFinish={submit}>
          <Form.Item name="name" label={t('facilities.checklists.name')} rules={[required, { max: 100 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="target" label={t('facilities.checklists.target')}>
            <Radio.Group options={checklistTargets.map((target) => ({ value: target, label: t(`facilities.target.${target}`) }))} />
          </Form.Item>
          <Form.List name="items">
            {(items, { add, remove }) => (
              <Flex vertical gap={12}>
                {items.map((item, index) => (
                  <Card key={item.key} size="small" title={t('facilities.checklists.itemNumber', { number: index + 1 })}
                    extra={items.length > 1 && <Button type="text" icon={<MinusCircleOutlined />} aria-label={t('facilities.checklists.removeItem')} onClick={() => remove(item.name)} />}>
                    <ItemFields name={item.name} />
                  </Card>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add(blankItem)}>
                  {t('facilities.checklists.addItem')}
                </Button>
              </Flex>
            )}
          </Form.List>
        </Form>
      )}
    </CreateDrawer>
  );
}

/** One item: its text, kind, the limits of a reading, the repair category of a failure, and whether it wants a photo. */
function ItemFields({ name }: { name: number }) {
  const { t } = useTranslation();
  const kind = Form.useWatch(['items', name, 'kind']);
  return (
    <>
      <Form.Item name={[name, 'text']} label={t('facilities.checklists.item')} rules={[{ required: true, whitespace: true, message: t('facilities.checklists.required') }, { max: 200 }]}>
        <Input />
      </Form.Item>
      <Flex gap={12} wrap>
        <Form.Item name={[name, 'kind']} label={t('facilities.checklists.kind')}>
          <Radio.Group optionType="button" options={checklistItemKinds.map((k) => ({ value: k, label: t(`facilities.itemKind.${k}`) }))} />
        </Form.Item>
        <Form.Item name={[name, 'category']} label={t('facilities.checklists.category')}>
          <Select style={{ width: 140 }} options={repairCategories.map((c) => ({ value: c, label: t(`facilities.category.${c}`) }))} />
        </Form.Item>
      </Flex>
      {kind === 'Reading' && (
        <Flex gap={12} wrap>
          <Form.Item name={[name, 'min']} label={t('facilities.checklists.min')}
            rules={[({ getFieldValue }) => ({
              validator: (_, min) => (min == null && getFieldValue(['items', name, 'max']) == null ? Promise.reject(new Error(t('facilities.checklists.limitRequired'))) : Promise.resolve()),
            })]}>
            <InputNumber />
          </Form.Item>
          <Form.Item name={[name, 'max']} label={t('facilities.checklists.max')} dependencies={[['items', name, 'min']]}
            rules={[({ getFieldValue }) => ({
              validator: (_, max) => {
                const min = getFieldValue(['items', name, 'min']);
                return max != null && min != null && max < min ? Promise.reject(new Error(t('facilities.checklists.maxBelowMin'))) : Promise.resolve();
              },
            })]}>
            <InputNumber />
          </Form.Item>
          <Form.Item name={[name, 'unit']} label={t('facilities.checklists.unit')} rules={[{ max: 20 }]}>
            <Input style={{ width: 100 }} />
          </Form.Item>
        </Flex>
      )}
      <Form.Item name={[name, 'photoRequired']} valuePropName="checked" noStyle>
        <Checkbox>{t('facilities.checklists.photoRequired')}</Checkbox>
      </Form.Item>
    </>
  );
}

import { DatePicker, Flex, Form, Input, InputNumber, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useEquipmentList } from './api';
import { CreateDrawer, useSaveForm } from './CreateDrawer';
import { useChecklists } from './inspectionApi';
import { useCreateMaintenancePlan } from './maintenanceApi';
import { recurrences, repairCategories, type NewMaintenancePlan } from './types';

type Values = Omit<NewMaintenancePlan, 'firstDueOn'> & { firstDueOn: Dayjs };
const fieldNames = ['name', 'equipmentId', 'recurrence', 'firstDueOn', 'category', 'checklistId', 'leadDays'] as const;

/** Plans preventive maintenance of a piece of equipment: how often, from when, and how many days ahead its work order opens. */
export function MaintenancePlanDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const create = useCreateMaintenancePlan();
  const equipment = useEquipmentList({});
  const checklists = useChecklists();
  const required = { required: true, message: t('facilities.checklists.required') };
  const { submit, drawer } = useSaveForm({
    form,
    fieldNames,
    save: async ({ firstDueOn, ...values }: Values) =>
      t('facilities.plans.created', { name: (await create.mutateAsync({ ...values, firstDueOn: firstDueOn.format('YYYY-MM-DD') })).name }),
    onClose,
  });

  return (
    <CreateDrawer title={t('facilities.plans.create')} open={open} {...drawer}>
      <Form<Values> form={form} layout="vertical" initialValues={{ recurrence: 'Monthly', category: 'Lift', leadDays: 7 }} onFinish={submit}>
        <Form.Item name="name" label={t('facilities.plans.name')} rules={[{ ...required, whitespace: true }, { max: 100 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="equipmentId" label={t('facilities.plans.equipment')} rules={[required]}>
          <Select showSearch={{ optionFilterProp: 'label' }} options={equipment.items.map((e) => ({ value: e.id, label: e.name }))} />
        </Form.Item>
        <Form.Item name="recurrence" label={t('facilities.plans.recurrence')}>
          <Radio.Group optionType="button" options={recurrences.map((r) => ({ value: r, label: t(`facilities.recurrence.${r}`) }))} />
        </Form.Item>
        <Flex gap={12}>
          <Form.Item name="firstDueOn" label={t('facilities.plans.firstDueOn')} rules={[required]}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="leadDays" label={t('facilities.plans.leadDays')}>
            <InputNumber min={0} max={90} />
          </Form.Item>
        </Flex>
        <Form.Item name="category" label={t('facilities.checklists.category')}>
          <Select options={repairCategories.map((c) => ({ value: c, label: t(`facilities.category.${c}`) }))} />
        </Form.Item>
        <Form.Item name="checklistId" label={t('facilities.plans.checklist')}>
          <Select allowClear options={(checklists.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))} />
        </Form.Item>
      </Form>
    </CreateDrawer>
  );
}

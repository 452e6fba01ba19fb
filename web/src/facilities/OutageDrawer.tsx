import { DatePicker, Flex, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { CreateDrawer, useSaveForm } from './CreateDrawer';
import { useCreateOutage } from './outageApi';
import { outageScope, type ScopeValues } from './outageScope';
import { outageKinds, type NewOutage } from './types';
import { useSiteOptions } from './siteOptions';
import { UnitPicker } from './UnitPicker';

type Values = Pick<NewOutage, 'kind' | 'title'> & ScopeValues & { startedAt: Dayjs; estimatedRestorationAt?: Dayjs };
const fieldNames = ['kind', 'title', 'startedAt', 'estimatedRestorationAt', 'siteId', 'buildingIds', 'floors', 'unitIds'] as const;

/** Records an outage over a site, buildings, floors or units; the affected residents are texted once it is saved. */
export function OutageDrawer({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (id: string) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const create = useCreateOutage();
  const siteId = Form.useWatch('siteId', form);
  const { siteOptions, buildingOptions } = useSiteOptions(siteId);
  const required = { required: true, message: t('facilities.checklists.required') };
  const { submit, drawer } = useSaveForm({
    form,
    fieldNames,
    save: async ({ kind, title, startedAt, estimatedRestorationAt, ...scope }: Values) => {
      const outage = await create.mutateAsync({
        kind, title, startedAt: startedAt.toISOString(), estimatedRestorationAt: estimatedRestorationAt?.toISOString() ?? null, ...outageScope(scope),
      });
      onCreated(outage.id);
      return t('facilities.outages.created', { count: outage.affectedUnits });
    },
    onClose,
  });

  return (
    <CreateDrawer title={t('facilities.outages.create')} open={open} saveLabel={t('facilities.outages.save')} danger {...drawer}>
      <Form<Values> form={form} layout="vertical" initialValues={{ kind: 'WaterCut', startedAt: dayjs() }} onFinish={submit}>
        <Form.Item name="kind" label={t('facilities.outages.kind')}>
          <Select options={outageKinds.map((k) => ({ value: k, label: t(`facilities.outageKind.${k}`) }))} />
        </Form.Item>
        <Form.Item name="title" label={t('facilities.outages.titleField')} rules={[{ ...required, whitespace: true }, { max: 100 }]}>
          <Input />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item name="startedAt" label={t('facilities.outages.startedAt')} rules={[required]}>
            <DatePicker showTime />
          </Form.Item>
          <Form.Item name="estimatedRestorationAt" label={t('facilities.outages.estimatedRestorationAt')}>
            <DatePicker showTime />
          </Form.Item>
        </Flex>
        <Form.Item name="siteId" label={t('facilities.outages.site')}>
          <Select allowClear options={siteOptions} onChange={() => form.setFieldsValue({ buildingIds: [], floors: [] })} />
        </Form.Item>
        <Form.Item name="buildingIds" label={t('facilities.outages.buildings')}>
          <Select mode="multiple" disabled={!siteId} options={buildingOptions} />
        </Form.Item>
        <Form.Item name="floors" label={t('facilities.outages.floors')} extra={t('facilities.outages.floorsHelp')}>
          <Select mode="tags" tokenSeparators={[',', '，', ' ']} onChange={(floors: string[]) => form.setFieldsValue({ floors: floors.map(Number).filter(Number.isInteger) })} />
        </Form.Item>
        <Form.Item name="unitIds" label={t('facilities.outages.units')} extra={t('facilities.outages.scopeHelp')}>
          <UnitPicker />
        </Form.Item>
      </Form>
    </CreateDrawer>
  );
}

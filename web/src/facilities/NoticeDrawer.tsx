import { Form, Input, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { CreateDrawer, useSaveForm } from './CreateDrawer';
import { FloorSelect } from './FloorSelect';
import { useSendNotice } from './noticeApi';
import { noticeChannels, sendableNoticeKinds, type NewNotice } from './types';
import { useSiteOptions } from './siteOptions';
import { UnitPicker } from './UnitPicker';

const reaches = ['site', 'buildings', 'floors', 'units'] as const;
type Values = Pick<NewNotice, 'kind' | 'title' | 'body' | 'channels'> & {
  reach: (typeof reaches)[number]; siteId?: string; buildingIds?: string[]; buildingId?: string; floors?: number[]; unitIds?: string[];
};
const fieldNames = ['kind', 'title', 'body', 'channels', 'siteId', 'buildingIds', 'floors', 'unitIds'] as const;

/** Sends a numbered notice to a whole site, some of its buildings, some floors of one building, or units picked one by one. */
export function NoticeDrawer({ open, onClose, onSent }: { open: boolean; onClose: () => void; onSent: (id: string) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const send = useSendNotice();
  const reach = Form.useWatch('reach', form);
  const siteId = Form.useWatch('siteId', form);
  const buildingId = Form.useWatch('buildingId', form);
  const { siteOptions, buildingOptions } = useSiteOptions(siteId);
  const required = { required: true, message: t('facilities.checklists.required') };
  const { submit, drawer } = useSaveForm({
    form,
    fieldNames,
    save: async ({ kind, title, body, channels, reach: chosen, siteId: site, buildingIds, buildingId: building, floors, unitIds }: Values) => {
      const notice = await send.mutateAsync({
        kind, title, body, channels,
        siteId: chosen === 'site' ? site : null,
        buildingIds: chosen === 'buildings' ? buildingIds : null,
        floors: chosen === 'floors' && building ? floors?.map((floor) => ({ buildingId: building, floor })) : null,
        unitIds: chosen === 'units' ? unitIds : null,
      });
      onSent(notice.id);
      return t('facilities.notices.sent', { number: notice.number, count: notice.units });
    },
    onClose,
  });

  return (
    <CreateDrawer title={t('facilities.notices.create')} open={open} saveLabel={t('facilities.notices.save')} {...drawer}>
      <Form<Values> form={form} layout="vertical" initialValues={{ kind: 'Notice', channels: ['Posting'], reach: 'site' }} onFinish={submit}>
        <Form.Item name="kind" label={t('facilities.notices.kind')}>
          <Select options={sendableNoticeKinds.map((k) => ({ value: k, label: t(`facilities.noticeKind.${k}`) }))} />
        </Form.Item>
        <Form.Item name="title" label={t('facilities.notices.titleField')} rules={[{ ...required, whitespace: true }, { max: 100 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="body" label={t('facilities.notices.body')} rules={[{ ...required, whitespace: true }, { max: 2000 }]}>
          <Input.TextArea rows={5} />
        </Form.Item>
        <Form.Item name="channels" label={t('facilities.notices.channels')} rules={[required]}>
          <Select mode="multiple" options={noticeChannels.map((c) => ({ value: c, label: t(`facilities.noticeChannel.${c}`) }))} />
        </Form.Item>
        <Form.Item name="reach" label={t('facilities.notices.reach')}>
          <Radio.Group options={reaches.map((r) => ({ value: r, label: t(`facilities.notices.reachOf.${r}`) }))} />
        </Form.Item>
        {reach !== 'units' && (
          <Form.Item name="siteId" label={t('facilities.outages.site')} rules={[required]}>
            <Select options={siteOptions} onChange={() => form.setFieldsValue({ buildingIds: [], buildingId: undefined, floors: [] })} />
          </Form.Item>
        )}
        {reach === 'buildings' && (
          <Form.Item name="buildingIds" label={t('facilities.outages.buildings')} rules={[required]}>
            <Select mode="multiple" disabled={!siteId} options={buildingOptions} />
          </Form.Item>
        )}
        {reach === 'floors' && (
          <Form.Item name="buildingId" label={t('facilities.notices.building')} rules={[required]}>
            <Select disabled={!siteId} options={buildingOptions} onChange={() => form.setFieldsValue({ floors: [] })} />
          </Form.Item>
        )}
        {reach === 'floors' && buildingId && (
          <Form.Item name="floors" label={t('facilities.notices.floors')} rules={[required]}>
            <FloorSelect buildingId={buildingId} />
          </Form.Item>
        )}
        {reach === 'units' && (
          <Form.Item name="unitIds" label={t('facilities.outages.units')} rules={[required]}>
            <UnitPicker />
          </Form.Item>
        )}
      </Form>
    </CreateDrawer>
  );
}

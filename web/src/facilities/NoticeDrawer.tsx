import { Form, Input, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { CreateDrawer, useSaveForm } from './CreateDrawer';
import { useSendNotice } from './noticeApi';
import { noticeChannels, sendableNoticeKinds, type NewNotice } from './types';
import { useSiteOptions } from './siteOptions';
import { UnitPicker } from './UnitPicker';

type Reach = 'site' | 'buildings' | 'units';
type Values = Pick<NewNotice, 'kind' | 'title' | 'body' | 'channels'> & { reach: Reach; siteId?: string; buildingIds?: string[]; unitIds?: string[] };
const fieldNames = ['kind', 'title', 'body', 'channels', 'siteId', 'buildingIds', 'unitIds'] as const;

/** Sends a numbered notice to a whole site, some of its buildings, or units picked one by one. */
export function NoticeDrawer({ open, onClose, onSent }: { open: boolean; onClose: () => void; onSent: (id: string) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const send = useSendNotice();
  const reach = Form.useWatch('reach', form);
  const siteId = Form.useWatch('siteId', form);
  const { siteOptions, buildingOptions } = useSiteOptions(siteId);
  const required = { required: true, message: t('facilities.checklists.required') };
  const { submit, drawer } = useSaveForm({
    form,
    fieldNames,
    save: async ({ kind, title, body, channels, reach: chosen, siteId: site, buildingIds, unitIds }: Values) => {
      const notice = await send.mutateAsync({
        kind, title, body, channels,
        siteId: chosen === 'site' ? site : null,
        buildingIds: chosen === 'buildings' ? buildingIds : null,
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
          <Radio.Group options={(['site', 'buildings', 'units'] as const).map((r) => ({ value: r, label: t(`facilities.notices.reachOf.${r}`) }))} />
        </Form.Item>
        {reach !== 'units' && (
          <Form.Item name="siteId" label={t('facilities.outages.site')} rules={[required]}>
            <Select options={siteOptions} onChange={() => form.setFieldsValue({ buildingIds: [] })} />
          </Form.Item>
        )}
        {reach === 'buildings' && (
          <Form.Item name="buildingIds" label={t('facilities.outages.buildings')} rules={[required]}>
            <Select mode="multiple" disabled={!siteId} options={buildingOptions} />
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

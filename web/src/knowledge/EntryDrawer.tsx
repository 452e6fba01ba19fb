import { DatePicker, Form, Input, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { categories as complaintCategories } from '../complaints/types';
import { EditDrawer } from '../shared/EditDrawer';
import { StaffPicker } from '../shared/StaffPicker';
import { useEditForm } from '../shared/useEditForm';
import { categories as ticketCategories, categoryKey } from '../tickets/types';
import { useKnowledgeEntry, useSaveKnowledgeEntry } from './api';
import { knowledgeKinds, type KnowledgeEntry, type KnowledgeForm } from './types';

interface Values extends Omit<KnowledgeForm, 'reviewBy'> {
  reviewBy?: Dayjs;
}

interface Props {
  /** The entry to reword, `'new'` to draft one, undefined when closed. */
  editing: KnowledgeEntry | 'new' | undefined;
  onClose: () => void;
}

const fieldNames = ['kind', 'title', 'body', 'categories', 'tags', 'ownerId', 'reviewBy'] as const;

function toValues(entry: KnowledgeEntry): Values {
  const { kind, title, body, categories, tags, ownerId, reviewBy } = entry;
  return { kind, title, body, categories, tags, ownerId: ownerId ?? '', reviewBy: dayjs(reviewBy) };
}

/** Drafts an answer or a script, or rewords one (an approved one goes back to Draft until it is approved again). */
export function EntryDrawer({ editing, onClose }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const id = typeof editing === 'object' ? editing.id : undefined;
  const current = useKnowledgeEntry(id);
  const save = useSaveKnowledgeEntry();
  const editForm = useEditForm({
    form,
    current,
    toValues,
    fieldNames,
    save: ({ reviewBy, ...values }: Values, etag) => save.mutateAsync({ id, etag, fields: { ...values, reviewBy: reviewBy!.format('YYYY-MM-DD') } }),
    savedMessage: t(id ? 'knowledge.form.updated' : 'knowledge.form.created'),
    onClose,
  });
  const categoryOptions = [
    { label: t('knowledge.form.ticketCategories'), options: ticketCategories.map((value) => ({ value, label: t(categoryKey(value)) })) },
    { label: t('knowledge.form.complaintCategories'), options: complaintCategories.map((value) => ({ value, label: t(`complaints.category.${value}`) })) },
  ];

  return (
    <EditDrawer title={t(id ? 'knowledge.form.editTitle' : 'knowledge.form.createTitle')} open={editing !== undefined} saving={save.isPending} {...editForm.drawer}>
      <Form<Values> form={form} name="knowledgeEntry" layout="vertical" onFinish={editForm.submit} initialValues={{ kind: 'Answer', categories: [], tags: [] }}>
        <Form.Item name="kind" label={t('knowledge.form.kind')} rules={[{ required: true }]}>
          <Radio.Group optionType="button" options={knowledgeKinds.map((value) => ({ value, label: t(`knowledge.kind.${value}`) }))} />
        </Form.Item>
        <Form.Item name="title" label={t('knowledge.form.title')} rules={[{ required: true, whitespace: true }, { max: 100 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="body" label={t('knowledge.form.body')} rules={[{ required: true, whitespace: true }, { max: 4000 }]}>
          <Input.TextArea rows={6} />
        </Form.Item>
        <Form.Item name="categories" label={t('knowledge.form.categories')} extra={t('knowledge.form.categoriesHelp')}>
          <Select mode="multiple" allowClear options={categoryOptions} />
        </Form.Item>
        <Form.Item name="tags" label={t('knowledge.form.tags')}>
          <Select mode="tags" open={false} />
        </Form.Item>
        <Form.Item name="ownerId" label={t('knowledge.form.owner')} rules={[{ required: true }]}>
          <StaffPicker />
        </Form.Item>
        <Form.Item name="reviewBy" label={t('knowledge.form.reviewBy')} rules={[{ required: true }]}>
          <DatePicker />
        </Form.Item>
      </Form>
    </EditDrawer>
  );
}

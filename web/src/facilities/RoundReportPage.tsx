import { Alert, Button, Card, Descriptions, Flex, Spin, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { download } from '../api/files';
import { formatDateTime } from '../i18n/formatDateTime';
import { Limits } from './ChecklistsPage';
import { useRound } from './inspectionApi';
import { RoundStatusTag } from './RoundStatusTag';
import type { RoundItem } from './types';

/** A round's report: what was found at each item, the readings, the photos and the repair tickets the failures opened. */
export function RoundReportPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const round = useRound(id);
  if (round.error) return <Alert type="error" showIcon title={t('facilities.loadFailed', { reason: round.error.message })} />;
  if (!round.data) return <Spin />;
  const r = round.data;

  return (
    <Flex vertical gap={16}>
      <div>
        <Link to="/facilities/rounds">{t('facilities.rounds.back')}</Link>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {r.place.label} · {r.checklist}
        </Typography.Title>
      </div>
      <Card>
        <Descriptions size="small" column={{ xs: 1, md: 3 }}
          items={[
            { key: 'date', label: t('facilities.rounds.date'), children: r.date },
            { key: 'status', label: t('facilities.rounds.status'), children: <RoundStatusTag round={{ ...r, items: r.items.length }} /> },
            { key: 'completed', label: t('facilities.report.completedAt'), children: r.completedAt ? `${formatDateTime(r.completedAt, i18n.language)} ${r.completedBy ?? ''}` : t('common.none') },
          ]}
        />
      </Card>
      <Card title={t('facilities.report.findings')}>
        <Table<RoundItem>
          rowKey="itemId"
          pagination={false}
          dataSource={r.items}
          rowClassName={(item) => (item.failed ? 'round-item-failed' : '')}
          columns={[
            { key: 'text', title: t('facilities.checklists.item'), dataIndex: 'text' },
            { key: 'result', title: t('facilities.report.result'), render: (_, item) => <ResultTag item={item} /> },
            { key: 'reading', title: t('facilities.report.reading'), render: (_, item) => (item.kind === 'Reading' ? <Reading item={item} /> : null) },
            { key: 'note', title: t('facilities.report.note'), render: (_, item) => item.note },
            { key: 'photos', title: t('facilities.checklists.photo'), render: (_, item) => <Photos urls={item.photoUrls} /> },
            { key: 'ticket', title: t('facilities.report.ticket'), render: (_, item) => item.ticketId && <Link to={`/tickets/${item.ticketId}`}>{item.ticketNumber}</Link> },
          ]}
        />
      </Card>
    </Flex>
  );
}

function ResultTag({ item }: { item: RoundItem }) {
  const { t } = useTranslation();
  if (!item.result) return <Tag>{t('facilities.report.unrecorded')}</Tag>;
  return <Tag color={item.failed ? 'red' : item.result === 'Pass' ? 'green' : 'default'}>{t(item.failed ? 'facilities.report.failed' : `facilities.result.${item.result}`)}</Tag>;
}

function Reading({ item }: { item: RoundItem }) {
  return (
    <Flex vertical>
      <Typography.Text type={item.failed ? 'danger' : undefined}>{item.reading != null ? `${item.reading} ${item.unit ?? ''}` : '—'}</Typography.Text>
      <Typography.Text type="secondary">
        <Limits item={item} />
      </Typography.Text>
    </Flex>
  );
}

/** The photos of an item; they are behind the API's authentication, so each downloads through the API client rather than a plain link. */
function Photos({ urls }: { urls: string[] }) {
  const { t } = useTranslation();
  return (
    <Flex gap={4} wrap>
      {urls.map((url, i) => (
        <Button key={url} size="small" type="link" onClick={() => void download(url)}>
          {t('facilities.report.photo', { number: i + 1 })}
        </Button>
      ))}
    </Flex>
  );
}

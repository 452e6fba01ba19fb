import { CameraOutlined, CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Input, InputNumber, Tag, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { problemOf } from '../api/problem';
import { randomUuid } from '../tickets/useSubmissionKey';
import { uploadPhoto } from '../tickets/field/uploadPhoto';
import { Limits } from './ChecklistsPage';
import { useRecordRoundItem } from './inspectionApi';
import type { ItemResult, RoundItem, RoundPhoto } from './types';

const touch = { minHeight: 48, flex: 1 } as const;

/** One item of a round on the phone: pass, fail or not applicable, a reading, a photo when it wants one, and a note. */
export function RoundItemCard({ roundId, item, disabled }: { roundId: string; item: RoundItem; disabled: boolean }) {
  const { t } = useTranslation();
  const record = useRecordRoundItem(roundId);
  const [reading, setReading] = useState<number | null>(item.reading ?? null);
  const [note, setNote] = useState(item.note ?? '');
  const [photoIds, setPhotoIds] = useState<string[]>([]);
  const [refusal, setRefusal] = useState<string>();
  const needsPhoto = item.photoRequired && photoIds.length === 0 && item.photoUrls.length === 0;
  const needsReading = item.kind === 'Reading' && reading === null;

  const send = async (result: ItemResult) => {
    setRefusal(undefined);
    try {
      await record.mutateAsync({ itemId: item.itemId, body: { result, note: note.trim() || null, reading: item.kind === 'Reading' ? reading : null, photoIds } });
    } catch (error) {
      setRefusal(problemOf(error).detail ?? t('facilities.walk.recordFailed'));
    }
  };

  return (
    <Card size="small" title={<Typography.Text strong style={{ whiteSpace: 'normal' }}>{item.text}</Typography.Text>} extra={<Outcome item={item} />}>
      <Flex vertical gap={8}>
        {item.kind === 'Reading' && (
          <Flex align="center" gap={8}>
            <InputNumber size="large" style={{ flex: 1 }} inputMode="decimal" value={reading} onChange={setReading} disabled={disabled}
              aria-label={t('facilities.walk.reading', { item: item.text })} suffix={item.unit ?? undefined} />
            <Typography.Text type="secondary">
              <Limits item={item} />
            </Typography.Text>
          </Flex>
        )}
        {item.photoRequired && <PhotoButton roundId={roundId} disabled={disabled} taken={photoIds.length + item.photoUrls.length} onTaken={(photo) => setPhotoIds((ids) => [...ids, photo.id])} />}
        <Input placeholder={t('facilities.walk.note')} aria-label={t('facilities.walk.noteOf', { item: item.text })} value={note} onChange={(e) => setNote(e.target.value)} disabled={disabled} />
        {needsPhoto && !disabled && <Typography.Text type="warning">{t('facilities.walk.photoFirst')}</Typography.Text>}
        {refusal && <Alert type="error" showIcon title={refusal} />}
        <Flex gap={8}>
          {item.kind === 'Reading' ? (
            <Button size="large" type="primary" style={touch} disabled={disabled || needsReading || needsPhoto} loading={record.isPending} onClick={() => void send('Pass')}>
              {t('facilities.walk.saveReading')}
            </Button>
          ) : (
            <>
              <Button size="large" style={touch} icon={<CheckOutlined />} disabled={disabled || needsPhoto} loading={record.isPending} onClick={() => void send('Pass')}>
                {t('facilities.result.Pass')}
              </Button>
              <Button size="large" danger style={touch} icon={<CloseOutlined />} disabled={disabled || needsPhoto} loading={record.isPending} onClick={() => void send('Fail')}>
                {t('facilities.result.Fail')}
              </Button>
            </>
          )}
          <Button size="large" style={touch} disabled={disabled} onClick={() => void send('NotApplicable')}>
            {t('facilities.result.NotApplicable')}
          </Button>
        </Flex>
      </Flex>
    </Card>
  );
}

function Outcome({ item }: { item: RoundItem }) {
  const { t } = useTranslation();
  if (item.ticketId) return <Link to={`/tickets/${item.ticketId}`}>{t('facilities.walk.ticket', { number: item.ticketNumber })}</Link>;
  if (!item.result) return null;
  return <Tag color={item.failed ? 'red' : 'green'}>{t(item.failed ? 'facilities.report.failed' : `facilities.result.${item.result}`)}</Tag>;
}

interface PhotoProps {
  roundId: string;
  disabled: boolean;
  taken: number;
  onTaken: (photo: RoundPhoto) => void;
}

/** Takes a photo and sends it with its own Idempotency-Key; a failed sending is retried with the same key, so the round stores it once. */
function PhotoButton({ roundId, disabled, taken, onTaken }: PhotoProps) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<{ file: File; key: string; failure?: string }>();

  const send = (file: File, key: string) => {
    setPending({ file, key });
    uploadPhoto<RoundPhoto>({ path: `/api/v1/facilities/rounds/${roundId}/photos`, file, key, onProgress: () => {} })
      .then((photo) => {
        setPending(undefined);
        onTaken(photo);
      })
      .catch((error: unknown) => setPending({ file, key, failure: problemOf(error).detail }));
  };

  return (
    <Flex vertical gap={4}>
      <input ref={input} type="file" accept="image/*" capture="environment" hidden aria-label={t('facilities.walk.photo')}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) send(file, randomUuid());
          event.target.value = '';
        }} />
      <Button size="large" block icon={<CameraOutlined />} disabled={disabled} loading={pending !== undefined && !pending.failure} onClick={() => input.current?.click()} style={{ minHeight: 48 }}>
        {taken > 0 ? t('facilities.walk.photoTaken', { count: taken }) : t('facilities.walk.photo')}
      </Button>
      {pending?.failure && (
        <Flex gap={8} align="center" wrap>
          <Typography.Text type="danger">{t('facilities.walk.photoFailed', { reason: pending.failure })}</Typography.Text>
          <Button size="small" onClick={() => send(pending.file, pending.key)}>
            {t('facilities.walk.retry')}
          </Button>
        </Flex>
      )}
    </Flex>
  );
}

import { CameraOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Flex, Progress, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemOf } from '../../api/problem';
import { randomUuid } from '../useSubmissionKey';
import { jobsKey } from './api';
import { uploadPhoto } from './uploadPhoto';

interface Sending {
  key: string;
  file: File;
  percent: number;
  failure?: string;
  done?: boolean;
}

/** 上传照片: takes or picks photos, sends each with its own Idempotency-Key and shows its progress; a failed one is retried with the same key. */
export function PhotoUpload({ jobId }: { jobId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [sendings, setSendings] = useState<Sending[]>([]);
  const update = (key: string, change: Partial<Sending>) => setSendings((all) => all.map((one) => (one.key === key ? { ...one, ...change } : one)));

  const start = ({ key, file }: Sending) => {
    update(key, { percent: 0, failure: undefined });
    uploadPhoto({ path: `/api/v1/me/jobs/${jobId}/photos`, file, key, onProgress: (percent) => update(key, { percent }) })
      .then(() => {
        update(key, { percent: 100, done: true });
        return queryClient.invalidateQueries({ queryKey: jobsKey });
      })
      .catch((error: unknown) => update(key, { failure: problemOf(error).detail }));
  };

  const choose = (files: FileList | null) => {
    const chosen = [...(files ?? [])].map((file) => ({ key: randomUuid(), file, percent: 0 }));
    setSendings((all) => [...all, ...chosen]);
    chosen.forEach(start);
    if (input.current) input.current.value = '';
  };

  return (
    <Flex vertical gap={8}>
      <input ref={input} type="file" accept="image/*" capture="environment" multiple hidden aria-label={t('tickets.field.upload')} onChange={(event) => choose(event.target.files)} />
      <Button size="large" block icon={<CameraOutlined />} onClick={() => input.current?.click()}>
        {t('tickets.field.upload')}
      </Button>
      {sendings.map((sending) => (
        <Flex key={sending.key} vertical>
          <Typography.Text ellipsis>{sending.file.name}</Typography.Text>
          <Progress percent={sending.percent} status={sending.failure ? 'exception' : sending.done ? 'success' : 'active'} />
          {sending.failure && (
            <Flex gap={8} align="center" wrap>
              <Typography.Text type="danger">{t('tickets.field.uploadFailed', { reason: sending.failure })}</Typography.Text>
              <Button size="small" onClick={() => start(sending)}>
                {t('tickets.field.retry')}
              </Button>
            </Flex>
          )}
        </Flex>
      ))}
    </Flex>
  );
}

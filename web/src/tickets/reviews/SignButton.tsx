import { Alert, App, Button, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemOf } from '../../api/problem';
import { ReasonDialog } from '../ReasonDialog';
import { useSignReview } from './api';

interface Props {
  /** The button's and the dialog's title, e.g. 签字确认. */
  label: string;
  /** Records the sign-off with what was found. */
  sign: (findings: string) => Promise<unknown>;
}

/** Signs off a day or reviews a month with what was found (检查发现); shows the server's refusal. */
export function SignButton({ label, sign }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const signing = useSignReview(sign);
  const [asking, setAsking] = useState(false);
  return (
    <Flex vertical gap={4} align="flex-start">
      <Button type="primary" size="small" onClick={() => setAsking(true)}>
        {label}
      </Button>
      {signing.error && <Alert type="error" showIcon title={problemOf(signing.error).detail} />}
      <ReasonDialog
        action={asking ? label : undefined}
        label={t('tickets.reviews.findings')}
        saving={signing.isPending}
        onCancel={() => setAsking(false)}
        onConfirm={(findings) =>
          signing.mutate(findings, {
            onSuccess: () => void message.success(t('tickets.reviews.signed')),
            onSettled: () => setAsking(false),
          })
        }
      />
    </Flex>
  );
}

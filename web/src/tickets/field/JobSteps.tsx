import { App, Button, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReasonDialog } from '../ReasonDialog';
import { useCheckIn, useCheckOut, useHandBack } from './api';
import { currentPosition } from './currentPosition';
import { StepRefusal } from './StepRefusal';

interface Props {
  jobId: string;
  /** The caller has an open visit on the job: 签退 instead of 签到. */
  onSite: boolean;
  /** After a hand-back the job is no longer the caller's. */
  onHandedBack: () => void;
}

/** 签到 (with the phone's position when it may tell), 签退 and 退回, as big buttons. */
export function JobSteps({ jobId, onSite, onHandedBack }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const checkIn = useCheckIn(jobId);
  const checkOut = useCheckOut(jobId);
  const handBack = useHandBack(jobId);
  const [handingBack, setHandingBack] = useState(false);
  const [locating, setLocating] = useState(false);
  const done = (what: string) => () => void message.success(t(what));

  const checkInHere = async () => {
    setLocating(true);
    const position = await currentPosition();
    setLocating(false);
    checkIn.mutate(position, { onSuccess: done('tickets.field.checkedIn') });
  };

  return (
    <Flex vertical gap={8}>
      <Flex gap={8}>
        {/* Keyed apart: reusing 签退's element for 签到 can leave its loading icon behind, named "loading 签到". */}
        {onSite ? (
          <Button key="check-out" size="large" block loading={checkOut.isPending} onClick={() => checkOut.mutate(undefined, { onSuccess: done('tickets.field.checkedOut') })}>
            {t('tickets.field.checkOut')}
          </Button>
        ) : (
          <Button key="check-in" type="primary" size="large" block loading={locating || checkIn.isPending} onClick={() => void checkInHere()}>
            {t('tickets.field.checkIn')}
          </Button>
        )}
        <Button danger size="large" block onClick={() => setHandingBack(true)}>
          {t('tickets.field.handBack')}
        </Button>
      </Flex>
      {[checkIn, checkOut, handBack].map((step, index) => (
        <StepRefusal key={index} error={step.error} />
      ))}
      <ReasonDialog
        action={handingBack ? t('tickets.field.handBack') : undefined}
        label={t('tickets.field.handBackReason')}
        note={onSite ? t('tickets.field.handBackChecksOut') : undefined}
        saving={handBack.isPending}
        onCancel={() => setHandingBack(false)}
        onConfirm={(reason) =>
          handBack.mutate(reason, {
            onSuccess: () => {
              setHandingBack(false);
              done('tickets.field.handedBack')();
              onHandedBack();
            },
            onError: () => setHandingBack(false),
          })
        }
      />
    </Flex>
  );
}

import { Button, Result, type ResultProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';

interface Props {
  status: ResultProps['status'];
  messageKey: string;
}

/** A full-page answer such as 403 or 404, with the way back home. */
export function ResultPage({ status, messageKey }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Result
      status={status}
      title={String(status)}
      subTitle={t(messageKey)}
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          {t('result.backHome')}
        </Button>
      }
    />
  );
}

import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { problemOf } from '../api/problem';
import { deskTimeZone } from '../i18n/formatDateTime';
import { useNoticeLetters } from './noticeApi';
import styles from './NoticeLettersPage.module.css';
import type { NoticeLetter, NoticeLetters } from './types';

/** 打印信函: a notice's letters, one to a printed page, each to the unit's owners and occupants, signed by the site's service centre. */
export function NoticeLettersPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const letters = useNoticeLetters(id);

  return (
    <Flex vertical gap={16}>
      <Flex className={styles.screenOnly} align="center" justify="space-between" gap={12} wrap>
        <div>
          <Link to="/notices">{t('facilities.letters.back')}</Link>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('facilities.letters.title')}{letters.data && ` · ${letters.data.number} ${letters.data.title}`}
          </Typography.Title>
        </div>
        <Button type="primary" icon={<PrinterOutlined />} disabled={!letters.data?.items.length} onClick={() => window.print()}>
          {t('facilities.letters.print', { count: letters.data?.items.length ?? 0 })}
        </Button>
      </Flex>
      {letters.error && <Alert className={styles.screenOnly} type="error" showIcon title={problemOf(letters.error).detail ?? t('facilities.loadFailed', { reason: letters.error.message })} />}
      {letters.isPending && <Spin />}
      {letters.data?.items.map((letter) => <Letter key={letter.unitId} notice={letters.data} letter={letter} />)}
    </Flex>
  );
}

function Letter({ notice, letter }: { notice: NoticeLetters; letter: NoticeLetter }) {
  const { t, i18n } = useTranslation();
  const sentOn = new Intl.DateTimeFormat(i18n.language, { timeZone: deskTimeZone(), dateStyle: 'long' }).format(new Date(notice.sentAt));
  const to = letter.addressees.length > 0 ? letter.addressees.join('、') : t('facilities.letters.anyResident');

  return (
    <article className={styles.letter} aria-label={letter.unit}>
      <h2 className={styles.kind}>{t(`facilities.noticeKind.${notice.kind}`)}</h2>
      <p className={styles.number}>{t('facilities.letters.number', { number: notice.number })}</p>
      <p>{t('facilities.letters.to', { to })}</p>
      <p>{t('facilities.letters.address', { unit: letter.unit })}</p>
      <h3>{notice.title}</h3>
      <p className={styles.body}>{notice.body}</p>
      <div className={styles.signature}>
        <div>{t('facilities.letters.sender', { site: letter.site })}</div>
        <div>{sentOn}</div>
      </div>
    </article>
  );
}

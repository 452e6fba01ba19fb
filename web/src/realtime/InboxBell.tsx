import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Drawer, List, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { formatDateTime } from '../i18n/formatDateTime';
import { useLanguage } from '../i18n/useLanguage';
import { useDeskInbox } from './DeskInbox';
import type { InboxLine } from './inboxFeed';
import { inboxLinkRoute, useInboxText } from './inboxText';

/** The bell in the header with the unread count; it opens the inbox, newest first. Clicking a line marks it read and opens its item. */
export function InboxBell() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const text = useInboxText();
  const language = useLanguage();
  const { lines, unreadCount, markRead, markAllRead } = useDeskInbox();
  const [open, setOpen] = useState(false);

  const openLine = (line: InboxLine) => {
    void markRead(line);
    const route = inboxLinkRoute(line);
    if (route) {
      setOpen(false);
      void navigate(route);
    }
  };

  return (
    <>
      <Badge count={unreadCount} size="small" overflowCount={99}>
        <Button type="text" icon={<BellOutlined />} aria-label={t('realtime.bell', { count: unreadCount })} onClick={() => setOpen(true)} />
      </Badge>
      <Drawer
        title={t('realtime.title')}
        open={open}
        onClose={() => setOpen(false)}
        extra={
          <Button size="small" disabled={unreadCount === 0} onClick={() => void markAllRead()}>
            {t('realtime.markAllRead')}
          </Button>
        }
      >
        <List
          dataSource={[...lines].reverse()}
          locale={{ emptyText: t('realtime.empty') }}
          renderItem={(line) => (
            <List.Item key={line.id} onClick={() => openLine(line)} style={{ cursor: 'pointer' }} aria-label={text(line)}>
              <List.Item.Meta
                title={<Typography.Text strong={!line.readAt} type={line.urgent && !line.readAt ? 'danger' : undefined}>{text(line)}</Typography.Text>}
                description={formatDateTime(line.createdAt, language)}
              />
            </List.Item>
          )}
        />
      </Drawer>
    </>
  );
}

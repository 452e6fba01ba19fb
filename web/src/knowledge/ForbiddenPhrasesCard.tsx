import { App, Button, Card, Flex, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localizedProblem } from '../shared/localizedProblem';
import { useForbiddenPhrases, useSetForbiddenPhrases } from './api';

/** The 禁说 list: everyone sees it; an Admin changes it. */
export function ForbiddenPhrasesCard({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const kept = useForbiddenPhrases().data?.items;
  const save = useSetForbiddenPhrases();
  const [phrases, setPhrases] = useState<string[]>([]);
  useEffect(() => setPhrases(kept ?? []), [kept]);

  const submit = async () => {
    try {
      await save.mutateAsync(phrases);
      void message.success(t('knowledge.phrases.saved'));
    } catch (error) {
      void message.error(localizedProblem(t, error).detail ?? t('knowledge.phrases.refused'));
    }
  };

  return (
    <Card size="small" title={t('knowledge.phrases.title')}>
      <Typography.Paragraph type="secondary">{t('knowledge.phrases.help')}</Typography.Paragraph>
      <Flex gap={8}>
        <Select mode="tags" open={false} value={phrases} onChange={setPhrases} disabled={!canEdit} aria-label={t('knowledge.phrases.title')} style={{ flex: 1 }} />
        {canEdit && (
          <Button type="primary" loading={save.isPending} onClick={() => void submit()}>
            {t('knowledge.phrases.save')}
          </Button>
        )}
      </Flex>
    </Card>
  );
}

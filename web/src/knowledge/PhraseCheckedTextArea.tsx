import { Alert, Input } from 'antd';
import type { TextAreaProps } from 'antd/es/input';
import { useTranslation } from 'react-i18next';
import { useForbiddenPhrases } from './api';
import { marked, phrasesIn } from './forbiddenPhrases';

/**
 * A text box for what staff say to a customer (a contact note, a reply): a forbidden phrase (禁说) is highlighted as it is typed.
 * A warning, not a refusal: the note can still be saved, and the API answers it with the same warning.
 */
export function PhraseCheckedTextArea(props: TextAreaProps) {
  const { t } = useTranslation();
  const phrases = useForbiddenPhrases().data?.items ?? [];
  const text = typeof props.value === 'string' ? props.value : '';
  const found = phrasesIn(text, phrases);

  return (
    <>
      <Input.TextArea {...props} status={found.length > 0 ? 'warning' : props.status} />
      {found.length > 0 && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          style={{ marginTop: 8 }}
          title={t('knowledge.phrases.warning', { phrases: found.map((phrase) => `“${phrase}”`).join('') })}
          description={
            <span style={{ whiteSpace: 'pre-wrap' }}>
              {marked(text, phrases).map((piece, index) => (piece.forbidden ? <mark key={index}>{piece.text}</mark> : <span key={index}>{piece.text}</span>))}
            </span>
          }
        />
      )}
    </>
  );
}

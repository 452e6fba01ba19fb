import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import styles from './Brand.module.css';

/** The product's mark and name, at the top of the side menu. */
export function Brand({ collapsed }: { collapsed: boolean }) {
  const { t } = useTranslation();
  return (
    <div className={styles.brand}>
      <img src="/favicon.svg" alt="" className={styles.mark} />
      {!collapsed && (
        <Typography.Text className={styles.name} ellipsis>
          {t('app.name')}
        </Typography.Text>
      )}
    </div>
  );
}

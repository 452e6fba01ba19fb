import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** A customer's tier, with a VIP mark. */
export function TierTag({ tier, vip }: { tier?: number | null; vip: boolean }) {
  const { t } = useTranslation();
  const colors: Record<number, string> = { 1: 'gold', 2: 'blue', 3: 'default' };
  return (
    <>
      <Tag color={tier ? colors[tier] : undefined}>{t(tier ? `customers.tier.${tier}` : 'customers.tier.none')}</Tag>
      {vip && <Tag color="red">VIP</Tag>}
    </>
  );
}

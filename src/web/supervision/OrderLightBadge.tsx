import { CheckCircleFilled, ExclamationCircleFilled, WarningFilled } from '@ant-design/icons';
import { useT } from '../i18n/I18nProvider';
import type { OrderLight } from '../../shared/supervision/supervision.enums';

const ICON = { green: CheckCircleFilled, yellow: ExclamationCircleFilled, red: WarningFilled } as const;

/** An order's light with an icon and its name, so it reads without colour (the cases' light styles). */
export function OrderLightBadge({ light }: { light: OrderLight | null }) {
  const t = useT();
  if (!light) return <span className="tb-light tb-light--none">{t('supervision.light.none')}</span>;
  const Icon = ICON[light];
  return (
    <span className={`tb-light tb-light--${light}`}>
      <Icon aria-hidden="true" />
      {t(`supervision.light.${light}`)}
    </span>
  );
}

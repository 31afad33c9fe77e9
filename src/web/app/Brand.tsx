import { BankFilled } from '@ant-design/icons';
import { Link } from 'react-router';
import { useT } from '../i18n/I18nProvider';

/** Emblem and platform name, linking to `to` (the public home by default). */
export function Brand({ to = '/', suffix }: { to?: string; suffix?: string }) {
  const t = useT();
  return (
    <Link to={to} className="tb-brand">
      <span className="tb-brand-emblem" aria-hidden="true">
        <BankFilled />
      </span>
      <span className="tb-brand-name">{t('app.name')}</span>
      {suffix && <span className="tb-brand-suffix">{suffix}</span>}
    </Link>
  );
}

import { Button } from 'antd';
import { useT } from '../i18n/I18nProvider';

/**
 * An on-screen keypad for a kiosk without a keyboard: large keys for the given characters, delete
 * and clear. The typed value is shown above it by the caller, in large type.
 */
export function KioskKeypad({ keys, value, max, onChange }: { keys: string; value: string; max: number; onChange: (next: string) => void }) {
  const t = useT();
  return (
    <div className="tb-kiosk-keypad" role="group" aria-label={t('halls.kiosk.keypad')}>
      {[...keys].map((k) => (
        <Button key={k} className="tb-kiosk-key" disabled={value.length >= max} onClick={() => onChange(value + k)}>
          {k}
        </Button>
      ))}
      <Button className="tb-kiosk-key tb-kiosk-key--wide" disabled={!value} onClick={() => onChange(value.slice(0, -1))}>
        {t('halls.kiosk.delete')}
      </Button>
      <Button className="tb-kiosk-key tb-kiosk-key--wide" disabled={!value} onClick={() => onChange('')}>
        {t('halls.kiosk.clear')}
      </Button>
    </div>
  );
}

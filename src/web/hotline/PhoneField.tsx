import { EditOutlined, PhoneFilled } from '@ant-design/icons';
import { Button, Input, type InputRef } from 'antd';
import { useRef, useState } from 'react';
import { useT } from '../i18n/I18nProvider';
import { isPhone, maskPhone, normalizePhone } from './format';

/**
 * The caller's number: typed in full, then shown masked (139****1234) so that it is not read off
 * the screen by whoever passes by; "change" brings the field back.
 */
export function PhoneField({ id, value, onChange, invalid }: { id: string; value: string; onChange: (value: string) => void; invalid?: boolean }) {
  const t = useT();
  const [editing, setEditing] = useState(!value);
  const editButton = useRef<HTMLButtonElement>(null);
  const input = useRef<InputRef>(null);

  const commit = () => {
    if (value && isPhone(value)) {
      onChange(normalizePhone(value));
      setEditing(false);
      // Keep focus on the field's control so keyboard users do not lose their place.
      setTimeout(() => editButton.current?.focus(), 0);
    }
  };

  if (!editing && value) {
    return (
      <div className="tb-hl-phone-masked">
        <PhoneFilled aria-hidden="true" />
        <span id={id} className="tb-hl-phone-digits" aria-label={t('hotline.call.phoneMasked', { phone: maskPhone(value) })}>
          {maskPhone(value)}
        </span>
        <Button
          ref={editButton}
          size="small"
          icon={<EditOutlined />}
          onClick={() => {
            setEditing(true);
            setTimeout(() => input.current?.focus(), 0);
          }}
        >
          {t('hotline.call.phoneChange')}
        </Button>
      </div>
    );
  }
  return (
    <Input
      id={id}
      ref={input}
      value={value}
      inputMode="tel"
      autoComplete="off"
      maxLength={20}
      status={invalid ? 'error' : undefined}
      placeholder={t('hotline.call.phonePlaceholder')}
      onChange={(event) => onChange(event.target.value)}
      onBlur={commit}
      onPressEnter={commit}
    />
  );
}

import { Form, Input, Radio } from 'antd';
import { useLang, useT } from '../../../i18n/I18nProvider';
import { accountRules } from '../../../accounts/fields';
import type { DeliveryMode } from '../../../../shared/cases/cases.enums';

export interface DeliveryValues {
  mode?: DeliveryMode;
  recipient?: string;
  mobile?: string;
  address?: string;
}

/** 领取方式 (docs/decisions.md D27): the ways the item offers; express asks where to send it. */
export function DeliveryStep({ modes }: { modes: readonly DeliveryMode[] }) {
  const t = useT();
  const { lang } = useLang();
  const rules = accountRules(t, lang);
  const label = { recipient: t('cases.apply.delivery.recipient'), mobile: t('cases.apply.delivery.mobile'), address: t('cases.apply.delivery.address') };
  const mode = Form.useWatch<DeliveryMode | undefined>('mode');
  return (
    <>
      <Form.Item name="mode" label={t('cases.apply.delivery.question')} rules={[{ required: true, message: t('cases.apply.delivery.required') }]}>
        <Radio.Group className="tb-apply-delivery">
          {modes.map((m) => (
            <Radio key={m} value={m}>
              <span className="tb-apply-delivery-name">{t(`cases.apply.delivery.${m}`)}</span>
              <span className="tb-hint tb-apply-delivery-hint">{t(`cases.apply.delivery.${m}Hint`)}</span>
            </Radio>
          ))}
        </Radio.Group>
      </Form.Item>
      {mode === 'express' && (
        <fieldset className="tb-apply-express">
          <legend className="tb-subheading">{t('cases.apply.delivery.addressTitle')}</legend>
          <Form.Item
            name="recipient"
            label={label.recipient}
            rules={[rules.required(label.recipient), { max: 100, message: t('cases.form.tooLong', { max: 100 }) }]}
          >
            <Input maxLength={100} autoComplete="name" />
          </Form.Item>
          <Form.Item name="mobile" label={label.mobile} rules={rules.mobile(label.mobile)}>
            <Input maxLength={11} inputMode="numeric" autoComplete="tel" />
          </Form.Item>
          <Form.Item
            name="address"
            label={label.address}
            extra={t('cases.apply.delivery.addressHint')}
            rules={[rules.required(label.address), { max: 200, message: t('cases.form.tooLong', { max: 200 }) }]}
          >
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={200} autoComplete="street-address" />
          </Form.Item>
        </fieldset>
      )}
    </>
  );
}

/** The request the API takes, from the step's values (undefined until a way is chosen). */
export function toDeliveryRequest(v: DeliveryValues) {
  if (v.mode === 'express')
    return { mode: 'express' as const, recipient: (v.recipient ?? '').trim(), mobile: (v.mobile ?? '').trim(), address: (v.address ?? '').trim() };
  return v.mode ? { mode: v.mode } : undefined;
}

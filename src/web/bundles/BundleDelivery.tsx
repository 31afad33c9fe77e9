import { Form, Input, Radio } from 'antd';
import { useT } from '../i18n/I18nProvider';
import type { DeliveryMode } from '../../shared/cases/cases.enums';
import type { DeliveryTiming } from './bundleTypes';

export interface DeliveryValues {
  timing: DeliveryTiming;
  mode: DeliveryMode;
  address?: string;
}

export const DELIVERY_DEFAULTS: DeliveryValues = { timing: 'together', mode: 'e_licence' };

/** 一次办结: the results together once all are ready, or each as it is ready; at the window, by express (with the address) or as e-licences. */
export function BundleDelivery() {
  const t = useT();
  const mode = Form.useWatch<DeliveryMode | undefined>('mode');
  return (
    <>
      <Form.Item name="timing" label={t('bundles.delivery.timing')}>
        <Radio.Group className="tb-bundle-radios">
          <Radio value="together">{t('bundles.delivery.together')}</Radio>
          <Radio value="as_ready">{t('bundles.delivery.as_ready')}</Radio>
        </Radio.Group>
      </Form.Item>
      <Form.Item name="mode" label={t('bundles.delivery.mode')}>
        <Radio.Group className="tb-bundle-radios">
          <Radio value="e_licence">{t('bundles.delivery.e_licence')}</Radio>
          <Radio value="window">{t('bundles.delivery.window')}</Radio>
          <Radio value="express">{t('bundles.delivery.express')}</Radio>
        </Radio.Group>
      </Form.Item>
      {mode === 'express' && (
        <Form.Item
          name="address"
          label={t('bundles.delivery.address')}
          rules={[
            { required: true, whitespace: true, message: t('bundles.delivery.addressRequired') },
            { max: 300, message: t('cases.form.tooLong', { max: 300 }) },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={300} />
        </Form.Item>
      )}
    </>
  );
}

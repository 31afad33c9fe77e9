import type { Translate } from '../../i18n/I18nProvider';
import type { CaseDetail } from '../../../shared/cases/cases.wire';

/** The way the applicant asked to receive the result, in words (docs/decisions.md D27). */
export function deliveryRequestText(t: Translate, asked: NonNullable<CaseDetail['deliveryRequest']>): string {
  return asked.mode === 'express'
    ? t('cases.detail.deliveryExpress', { recipient: asked.recipient, mobile: asked.mobile, address: asked.address })
    : t(`cases.apply.delivery.${asked.mode}`);
}

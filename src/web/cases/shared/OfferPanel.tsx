import { CloudSyncOutlined, IdcardOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Button, Radio } from 'antd';
import { useLang, useT } from '../../i18n/I18nProvider';
import type { MaterialOffer } from './casesApi';
import type { OfferChoice } from './mianti';

/**
 * What stands in for one material (免提交, docs/decisions.md D21): data the department fetches
 * through the exchange, one of the applicant's e-licences to pick, or another source the server
 * names (the verified account for the applicant's own ID card). With `onChoice` the applicant
 * chooses (a licence, the shared data, or a file after all); without it (the window) it only says so.
 */
export function OfferPanel({
  offer,
  materialName,
  choice,
  onChoice,
}: {
  offer: MaterialOffer;
  materialName: string;
  choice?: OfferChoice;
  onChoice?: (next: OfferChoice) => void;
}) {
  const t = useT();
  const { lang } = useLang();
  const label = lang === 'en-US' ? offer.labelEn : offer.label;

  if (offer.source !== 'e_licence') {
    const uploading = choice === 'upload';
    const via = offer.source === 'exchange' ? t('cases.mianti.viaShared', { label }) : t('cases.mianti.viaOther', { label });
    return (
      <div className="tb-offer-body">
        {offer.source === 'exchange' ? (
          <CloudSyncOutlined aria-hidden="true" className="tb-offer-icon" />
        ) : (
          <IdcardOutlined aria-hidden="true" className="tb-offer-icon" />
        )}
        <span>{uploading ? t('cases.mianti.uploadingInstead') : via}</span>
        {onChoice && (
          <Button
            type="link"
            size="small"
            className="tb-offer-switch"
            aria-label={t('cases.mianti.switchFor', {
              action: uploading ? t('cases.mianti.useSharedAgain') : t('cases.mianti.uploadInstead'),
              name: materialName,
            })}
            onClick={() => onChoice(uploading ? 'shared' : 'upload')}
          >
            {uploading ? t('cases.mianti.useSharedAgain') : t('cases.mianti.uploadInstead')}
          </Button>
        )}
      </div>
    );
  }

  const licences = offer.licences ?? [];
  if (!onChoice) {
    return (
      <div className="tb-offer-body">
        <SafetyCertificateOutlined aria-hidden="true" className="tb-offer-icon" />
        <span>{t('cases.mianti.viaLicence', { label })}</span>
      </div>
    );
  }
  const valid = (until: string | null) => (until ? t('cases.mianti.validUntil', { date: until }) : t('cases.mianti.noExpiry'));
  return (
    <div className="tb-offer-body tb-offer-body--pick">
      <span className="tb-offer-lead">
        <SafetyCertificateOutlined aria-hidden="true" className="tb-offer-icon" /> {t('cases.mianti.useLicence')}
      </span>
      <Radio.Group
        className="tb-offer-picks"
        aria-label={t('cases.mianti.pickLabel', { name: materialName })}
        value={choice ?? 'upload'}
        onChange={(e) => onChoice(e.target.value as OfferChoice)}
        options={[
          ...licences.map((l) => ({
            value: l.id,
            label: (
              <span className="tb-offer-licence">
                <span>{l.typeName}</span>
                <span className="tb-mono tb-offer-id">{l.identifier}</span>
                <span className="tb-hint">{valid(l.validUntil)}</span>
              </span>
            ),
          })),
          { value: 'upload', label: t('cases.mianti.uploadFile') },
        ]}
      />
    </div>
  );
}

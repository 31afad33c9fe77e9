import { CopyOutlined, FilePdfOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, App, Button, Input, Tag } from 'antd';
import type { ReactNode } from 'react';
import { Link, type To } from 'react-router';
import { useT } from '../i18n/I18nProvider';
import type { LicenceWire } from '../../shared/licences/licences.wire';
import { maskIdNumber, STATUS_COLOR } from './format';
import { licencePdfUrl, licenceQrUrl, sealImageUrl } from './licencesApi';

/**
 * One e-licence drawn like a certificate (docs/decisions.md D17): its fields with the holder's ID
 * masked, the issuing department's seal image over the issuer, the verification QR code, the
 * identifier, and the QR content to copy for the public verify page. A suspended, superseded or
 * revoked licence says so above the certificate; a superseded one links to its newer version
 * (`newerVersion`, by default the holder's wallet entry).
 */
export function LicenceCertificate({
  licence,
  newerVersion = (id) => `/portal/me/licences?id=${id}`,
}: {
  licence: LicenceWire;
  /** Where the link to the version that replaced this one leads. */
  newerVersion?: (id: string) => To;
}) {
  const t = useT();
  const { message } = App.useApp();
  const caseNo = typeof licence.data.caseNo === 'string' ? licence.data.caseNo : null;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(licence.qr);
      void message.success(t('licences.detail.copied'));
    } catch {
      void message.info(t('licences.detail.copyFailed'));
    }
  };

  const facts: Array<{ key: string; label: string; value: ReactNode; mono?: boolean }> = [
    { key: 'number', label: t('licences.col.number'), value: licence.number, mono: true },
    { key: 'holder', label: t('licences.detail.holder'), value: licence.holder.name },
    { key: 'id', label: t('licences.detail.idNumber'), value: maskIdNumber(licence.holder.idNumber), mono: true },
    { key: 'issuer', label: t('licences.col.issuer'), value: licence.issuer.name },
    { key: 'issued', label: t('licences.col.issuedAt'), value: licence.issuedAt },
    { key: 'valid', label: t('licences.col.validUntil'), value: licence.validUntil ?? t('licences.longTerm') },
    ...(caseNo ? [{ key: 'case', label: t('licences.detail.caseNo'), value: caseNo, mono: true }] : []),
  ];

  return (
    <div className="tb-licence">
      {licence.status === 'revoked' && (
        <Alert type="error" showIcon title={t('licences.detail.revokedNotice')} description={licence.revokedReason ?? undefined} className="tb-licence-alert" />
      )}
      {licence.status === 'suspended' && (
        <Alert
          type="warning"
          showIcon
          title={t('licences.detail.suspendedNotice')}
          description={licence.suspendedReason ?? undefined}
          className="tb-licence-alert"
        />
      )}
      {licence.status === 'superseded' && (
        <Alert
          type="info"
          showIcon
          title={t('licences.detail.supersededNotice')}
          description={licence.supersededBy ? <Link to={newerVersion(licence.supersededBy)}>{t('licences.detail.newerVersion')}</Link> : undefined}
          className="tb-licence-alert"
        />
      )}
      <article className="tb-licence-cert" aria-labelledby="licence-cert-title">
        <header className="tb-licence-cert-head">
          <SafetyCertificateOutlined aria-hidden="true" className="tb-licence-cert-icon" />
          <h2 id="licence-cert-title" className="tb-licence-cert-title">
            {licence.type.name}
          </h2>
          <Tag color={STATUS_COLOR[licence.status]}>{t(`licences.status.${licence.status}`)}</Tag>
        </header>
        <div className="tb-licence-cert-body">
          <dl className="tb-licence-facts">
            {facts.map((f) => (
              <div key={f.key}>
                <dt>{f.label}</dt>
                <dd className={f.mono ? 'tb-mono' : undefined} data-field={f.key}>
                  {f.value}
                </dd>
              </div>
            ))}
          </dl>
          <figure className="tb-licence-seal">
            <img
              src={sealImageUrl(licence.signature.sealId)}
              alt={t('licences.detail.sealAlt', { issuer: licence.issuer.name, sealId: licence.signature.sealId })}
              width={132}
              height={132}
            />
            <figcaption>{t('licences.detail.seal')}</figcaption>
          </figure>
        </div>
        <footer className="tb-licence-cert-foot">
          <span className="tb-licence-label">{t('licences.detail.identifier')}</span>
          <code className="tb-licence-identifier" data-testid="licence-identifier">
            {licence.identifier}
          </code>
          <small className="tb-licence-sig">
            {t('licences.detail.signature', { algorithm: licence.signature.algorithm, sealId: licence.signature.sealId })}
          </small>
        </footer>
      </article>

      <section className="tb-licence-qr" aria-labelledby="licence-qr-title">
        <h3 id="licence-qr-title" className="tb-card-title">
          {t('licences.detail.qr')}
        </h3>
        <div className="tb-licence-qr-row">
          <img
            src={licenceQrUrl(licence.id)}
            alt={t('licences.detail.qrAlt', { number: licence.number })}
            width={168}
            height={168}
            className="tb-licence-qr-img"
          />
          <div className="tb-licence-qr-text">
            <p>{t('licences.detail.qrHelp')}</p>
            <div className="tb-licence-qr-actions">
              <Button icon={<CopyOutlined />} onClick={() => void copy()}>
                {t('licences.detail.copy')}
              </Button>
              <Link to="/verify">{t('licences.detail.verifyLink')}</Link>
              <a href={licencePdfUrl(licence.id)} target="_blank" rel="noopener">
                <FilePdfOutlined aria-hidden="true" /> {t('licences.detail.pdf')}
              </a>
            </div>
          </div>
        </div>
        {/* The signed text holds the holder's whole ID number: shown only on request (docs/decisions.md D17). */}
        <details className="tb-licence-payload">
          <summary>{t('licences.detail.payload')}</summary>
          <label htmlFor="licence-qr-payload" className="tb-visually-hidden">
            {t('licences.detail.payload')}
          </label>
          <Input.TextArea id="licence-qr-payload" value={licence.qr} readOnly autoSize={{ minRows: 2, maxRows: 6 }} className="tb-mono" />
        </details>
      </section>
    </div>
  );
}

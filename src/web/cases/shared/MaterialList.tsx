import { CheckCircleOutlined, CloudSyncOutlined, ExclamationCircleOutlined, FileOutlined, IdcardOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { useLang, useT } from '../../i18n/I18nProvider';
import { fileUrl } from './casesApi';
import { formatDateTime, formatSize } from './format';
import { MaterialAdvice } from './MaterialAdvice';
import { FreeTag, MaterialTags } from './MaterialTags';
import type { CaseMaterial } from '../../../shared/cases/cases.wire';

/** A case's materials with their files (each opens in a new tab), what is still owed and what must be corrected. */
export function MaterialList({
  materials,
  owed = [],
  flagged = [],
  nameOf,
}: {
  materials: CaseMaterial[];
  owed?: string[];
  flagged?: string[];
  nameOf: (code: string, fallback: string) => string;
}) {
  const t = useT();
  const { lang } = useLang();
  return (
    <ul className="tb-material-list">
      {materials.map((m) => {
        const isOwed = owed.includes(m.materialCode);
        const shared = m.sharedFrom;
        const missing = m.files.length === 0 && !shared;
        return (
          <li key={m.materialCode} className="tb-material-row" data-material={m.materialCode}>
            <div className="tb-material-head">
              <span className="tb-material-name">{nameOf(m.materialCode, m.name)}</span>
              <MaterialTags required={m.required} primary={m.primary} />
              {shared && <FreeTag />}
              {flagged.includes(m.materialCode) ? (
                <span className="tb-material-state tb-material-state--owed">
                  <ExclamationCircleOutlined aria-hidden="true" /> {t('cases.material.toCorrect')}
                </span>
              ) : isOwed ? (
                <span className="tb-material-state tb-material-state--owed">
                  <ExclamationCircleOutlined aria-hidden="true" /> {t('cases.material.owed')}
                </span>
              ) : missing ? (
                <span className="tb-material-state tb-material-state--missing">{t('cases.material.notSubmitted')}</span>
              ) : m.files.length === 0 ? (
                <span className="tb-material-state tb-material-state--ok">
                  <CheckCircleOutlined aria-hidden="true" /> {t('cases.mianti.obtained')}
                </span>
              ) : (
                <span className="tb-material-state tb-material-state--ok">
                  <CheckCircleOutlined aria-hidden="true" /> {t('cases.material.submitted', { n: m.files.length })}
                </span>
              )}
            </div>
            {shared && (
              <p className="tb-material-note tb-material-shared" data-testid="material-shared">
                {shared.source === 'e_licence' ? (
                  <SafetyCertificateOutlined aria-hidden="true" />
                ) : shared.source === 'exchange' ? (
                  <CloudSyncOutlined aria-hidden="true" />
                ) : (
                  <IdcardOutlined aria-hidden="true" />
                )}{' '}
                {t('cases.mianti.sharedFrom', { label: lang === 'en-US' ? shared.labelEn : shared.label, at: formatDateTime(shared.at) })}
              </p>
            )}
            {m.files.length > 0 && (
              <ul className="tb-file-list">
                {m.files.map((f) => (
                  <li key={f.fileId}>
                    <FileOutlined aria-hidden="true" />{' '}
                    <a href={fileUrl(f.fileId)} target="_blank" rel="noopener noreferrer">
                      {f.name}
                      <span className="tb-visually-hidden"> {t('cases.material.opensNewTab')}</span>
                    </a>
                    <span className="tb-file-meta">
                      {formatSize(f.size)} · {formatDateTime(f.addedAt)}
                    </span>
                    <MaterialAdvice checks={f.checks} />
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ul>
  );
}

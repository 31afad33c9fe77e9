import { CheckCircleOutlined, ExclamationCircleOutlined, FileOutlined } from '@ant-design/icons';
import { useT } from '../../i18n/I18nProvider';
import { fileUrl } from './casesApi';
import { formatDateTime, formatSize } from './format';
import { MaterialTags } from './MaterialTags';
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
  return (
    <ul className="tb-material-list">
      {materials.map((m) => {
        const isOwed = owed.includes(m.materialCode);
        const missing = m.files.length === 0;
        return (
          <li key={m.materialCode} className="tb-material-row">
            <div className="tb-material-head">
              <span className="tb-material-name">{nameOf(m.materialCode, m.name)}</span>
              <MaterialTags required={m.required} primary={m.primary} />
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
              ) : (
                <span className="tb-material-state tb-material-state--ok">
                  <CheckCircleOutlined aria-hidden="true" /> {t('cases.material.submitted', { n: m.files.length })}
                </span>
              )}
            </div>
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

import { DeleteOutlined, FileOutlined, LoadingOutlined, UploadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useRef, useState, type ReactNode } from 'react';
import { useT } from '../../i18n/I18nProvider';
import { toApiError } from '../../shared/api';
import { fileUrl, uploadFile } from './casesApi';
import { formatSize } from './format';
import { MaterialAdvice } from './MaterialAdvice';
import { FreeTag, MaterialTags } from './MaterialTags';
import type { UploadedFile } from '../../../shared/files/files.wire';
import { ACCEPTED_FILE_TYPES, checkUploadFile, UPLOAD_LIMIT_MB } from './validation';

/** One material the uploader offers. */
export interface UploadSlot {
  code: string;
  name: string;
  required: boolean;
  primary: boolean;
  /** Files already on the case (a draft's, or earlier submissions): shown, not removable. */
  existing?: Array<{ fileId: string; name: string }>;
  /** A note beside the material: what a correction asked for, an acceptance standard … */
  note?: ReactNode;
  highlight?: boolean;
  /**
   * 免提交 (docs/decisions.md D21): a source stands in for this material. `panel` says which (and
   * lets the applicant choose); while `covered`, the row is marked 免提交 and asks for no file
   * unless `uploadToo` keeps the button (a clerk may still scan what was handed in).
   */
  offer?: { covered: boolean; panel: ReactNode; uploadToo?: boolean };
}

/** New uploads per material code. */
export type Uploads = Record<string, UploadedFile[]>;

/** Turns uploads into the API's material references. */
export function toMaterialRefs(uploads: Uploads): Array<{ materialCode: string; fileId: string }> {
  return Object.entries(uploads).flatMap(([materialCode, files]) => files.map((f) => ({ materialCode, fileId: f.fileId })));
}

/**
 * One row per material with its kind (必要/主件/辅件) and an upload button. Each file is checked in
 * the browser first (PDF/JPEG/PNG by content, size limit) and then uploaded at once, so a bad file
 * is reported beside its material before anything is submitted; the server's 材料智审 refuses an
 * unreadable one in words and its advice (blurred, dark, small) shows under the file.
 */
export function MaterialUploader({
  slots,
  value,
  onChange,
  extra,
}: {
  slots: UploadSlot[];
  value: Uploads;
  onChange: (next: Uploads) => void;
  extra?: (slot: UploadSlot) => ReactNode;
}) {
  const t = useT();
  // Uploads finish in any order, each after its own await: every row changes the newest value, so
  // a file that finished first is not lost when another row's finishes after it.
  const latest = useRef(value);
  latest.current = value;
  return (
    <div>
      <p className="tb-hint">{t('cases.upload.rules', { mb: UPLOAD_LIMIT_MB })}</p>
      <ul className="tb-material-list">
        {slots.map((slot) => (
          <UploadRow
            key={slot.code}
            slot={slot}
            files={value[slot.code] ?? []}
            onFiles={(update) => {
              const next = { ...latest.current, [slot.code]: update(latest.current[slot.code] ?? []) };
              latest.current = next;
              onChange(next);
            }}
            extra={extra?.(slot)}
          />
        ))}
      </ul>
    </div>
  );
}

function UploadRow({
  slot,
  files,
  onFiles,
  extra,
}: {
  slot: UploadSlot;
  files: UploadedFile[];
  onFiles: (update: (current: UploadedFile[]) => UploadedFile[]) => void;
  extra?: ReactNode;
}) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const existing = slot.existing ?? [];
  const has = existing.length + files.length > 0;
  const free = slot.offer?.covered === true;

  const pick = async (list: FileList | null) => {
    if (!list || list.length === 0) return;
    setError(null);
    setBusy(true);
    const added: UploadedFile[] = [];
    try {
      for (const file of Array.from(list)) {
        const problem = await checkUploadFile(file);
        if (problem) {
          setError(t(`cases.upload.problem.${problem}`, { name: file.name, mb: UPLOAD_LIMIT_MB }));
          continue;
        }
        try {
          added.push(await uploadFile(file));
        } catch (err) {
          setError(`${file.name}：${toApiError(err).message}`);
        }
      }
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
      if (added.length) onFiles((current) => [...current, ...added]);
    }
  };

  return (
    <li className={`tb-material-row ${slot.highlight ? 'tb-material-row--highlight' : ''}`} data-material={slot.code}>
      <div className="tb-material-head">
        <span className="tb-material-name">{slot.name}</span>
        <MaterialTags required={slot.required} primary={slot.primary} />
        {free && <FreeTag />}
        {free && !has ? (
          <span className="tb-material-state tb-material-state--ok">{t('cases.mianti.noUpload')}</span>
        ) : has ? (
          <span className="tb-material-state tb-material-state--ok">{t('cases.material.submitted', { n: existing.length + files.length })}</span>
        ) : (
          <span className="tb-material-state tb-material-state--missing">{t('cases.material.notSubmitted')}</span>
        )}
      </div>
      {slot.note && <div className="tb-material-note">{slot.note}</div>}
      {slot.offer && <div className="tb-offer">{slot.offer.panel}</div>}
      {(existing.length > 0 || files.length > 0) && (
        <ul className="tb-file-list">
          {existing.map((f) => (
            <li key={f.fileId}>
              <FileOutlined aria-hidden="true" />{' '}
              <a href={fileUrl(f.fileId)} target="_blank" rel="noopener noreferrer">
                {f.name}
              </a>
            </li>
          ))}
          {files.map((f) => (
            <li key={f.fileId}>
              <FileOutlined aria-hidden="true" />{' '}
              <a href={fileUrl(f.fileId)} target="_blank" rel="noopener noreferrer">
                {f.name}
              </a>
              <span className="tb-file-meta">{formatSize(f.size)}</span>
              <Button
                type="text"
                size="small"
                icon={<DeleteOutlined />}
                aria-label={t('cases.upload.remove', { name: f.name })}
                onClick={() => onFiles((current) => current.filter((x) => x.fileId !== f.fileId))}
              />
              <MaterialAdvice checks={f.checks ?? []} />
            </li>
          ))}
        </ul>
      )}
      {(!free || slot.offer?.uploadToo) && (
        <div className="tb-material-actions">
          <input
            ref={input}
            type="file"
            hidden
            multiple
            accept={ACCEPTED_FILE_TYPES}
            aria-label={t('cases.upload.choose', { name: slot.name })}
            onChange={(e) => void pick(e.target.files)}
          />
          <Button
            size="small"
            icon={busy ? <LoadingOutlined /> : <UploadOutlined />}
            disabled={busy}
            onClick={() => input.current?.click()}
            aria-label={t('cases.upload.choose', { name: slot.name })}
          >
            {busy ? t('cases.upload.uploading') : t('cases.upload.button')}
          </Button>
          {extra}
        </div>
      )}
      {error && (
        <p className="tb-field-error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}

import { CheckCircleOutlined, CloseCircleOutlined, ExclamationCircleOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { App, Button, Card, Input, Radio } from 'antd';
import { useState } from 'react';
import { useLang, useT } from '../../i18n/I18nProvider';
import { toApiError, type ApiError } from '../../shared/api';
import { ActionDialog } from '../shared/ActionDialog';
import { fileUrl, performAction } from '../shared/casesApi';
import { ActionError } from '../shared/ConflictAlert';
import { formatDateTime } from '../shared/format';
import { FreeTag, MaterialTags } from '../shared/MaterialTags';
import type { CaseAction } from '../../../shared/cases/cases.enums';
import type { CaseDetail, CaseRef } from '../../../shared/cases/cases.wire';
import type { Guide as ItemGuide } from '../../../shared/catalog/catalog.wire';
import type { Department } from '../../../shared/org/org.wire';
import type { Names } from '../shared/useCaseData';
import { ACCEPTANCE_ACTIONS, canReceive, initialChecks, judge, type Check } from './acceptance';

/**
 * 前台综合受理: the clerk checks every material against the item's list (received / missing /
 * wrong) and decides: accept, accept with deficiency (容缺) naming the missing 辅件, request a
 * correction listing every problem at once, or not accept with reasons. A 即办件 can be accepted,
 * completed and handed over in one go.
 */
export function AcceptancePanel({
  detail,
  guide,
  departments,
  names,
  onChanged,
}: {
  detail: CaseDetail;
  guide: ItemGuide | null;
  departments: Department[];
  names: Names;
  onChanged: (ref: CaseRef | null) => void;
}) {
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const [checks, setChecks] = useState<Record<string, Check>>(() => initialChecks(detail.materials));
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [dialog, setDialog] = useState<{ action: CaseAction; initial?: Record<string, unknown> } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  // The server leaves out actions whose material rule fails now (accept while something is
  // missing); at this stage the clerk may take all four, so the checklist decides what is enabled.
  const atWindow = ACCEPTANCE_ACTIONS.some((a) => detail.availableActions.includes(a));
  const can = (a: CaseAction) => atWindow || detail.availableActions.includes(a);
  const verdict = judge(detail.materials, checks);
  const instant = detail.item.caseKind === 'instant';

  const problemText = (code: string) => (checks[code] === 'wrong' ? notes[code]?.trim() || t('cases.accept.wrongDefault') : t('cases.accept.missingDefault'));

  const acceptInstant = async () => {
    setBusy(true);
    setError(null);
    try {
      let ref = await performAction(detail.id, 'accept', { version: detail.version });
      ref = await performAction(detail.id, 'complete', { version: ref.version });
      ref = await performAction(detail.id, 'issue', { version: ref.version, mode: 'window', recipient: detail.applicant.name });
      void message.success(t('cases.accept.instantDone'));
      onChanged(ref);
    } catch (err) {
      setError(toApiError(err));
      onChanged(null);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card size="small" title={<h2 className="tb-card-title">{t('cases.accept.title')}</h2>} className="tb-acceptance">
      <p className="tb-hint">{t('cases.accept.intro')}</p>
      <ul className="tb-checklist">
        {detail.materials.map((m) => {
          const name = names.material(m.materialCode, m.name);
          const check = checks[m.materialCode];
          return (
            <li key={m.materialCode} className={`tb-check-row tb-check-row--${check}`} data-material={m.materialCode}>
              <div className="tb-check-main">
                <span className="tb-material-name">{name}</span>
                <MaterialTags required={m.required} primary={m.primary} />
                {m.sharedFrom && <FreeTag />}
                {m.sharedFrom && (
                  <span className="tb-check-files tb-check-shared">
                    {t('cases.accept.shared', { label: lang === 'en-US' ? m.sharedFrom.labelEn : m.sharedFrom.label, at: formatDateTime(m.sharedFrom.at) })}
                  </span>
                )}
                {m.files.length > 0 ? (
                  <span className="tb-check-files">
                    {m.files.map((f, i) => (
                      <a key={f.fileId} href={fileUrl(f.fileId)} target="_blank" rel="noopener noreferrer">
                        {t('cases.accept.viewFile', { n: i + 1 })}
                        <span className="tb-visually-hidden">
                          {' '}
                          {name} {f.name}
                        </span>
                      </a>
                    ))}
                  </span>
                ) : (
                  !m.sharedFrom && <span className="tb-check-files tb-hint">{t('cases.accept.noFile')}</span>
                )}
              </div>
              <Radio.Group
                aria-label={t('cases.accept.checkOf', { name })}
                value={check}
                onChange={(e) => setChecks({ ...checks, [m.materialCode]: e.target.value as Check })}
                optionType="button"
                size="small"
                options={[
                  {
                    value: 'received',
                    label: (
                      <>
                        <CheckCircleOutlined aria-hidden="true" /> {t('cases.accept.received')}
                      </>
                    ),
                    disabled: !canReceive(m),
                  },
                  {
                    value: 'missing',
                    label: (
                      <>
                        <ExclamationCircleOutlined aria-hidden="true" /> {t('cases.accept.missing')}
                      </>
                    ),
                  },
                  {
                    value: 'wrong',
                    label: (
                      <>
                        <CloseCircleOutlined aria-hidden="true" /> {t('cases.accept.wrong')}
                      </>
                    ),
                  },
                ]}
              />
              {check === 'wrong' && (
                <Input
                  size="small"
                  className="tb-check-note"
                  aria-label={t('cases.accept.wrongNote', { name })}
                  placeholder={t('cases.accept.wrongNotePlaceholder')}
                  value={notes[m.materialCode] ?? ''}
                  onChange={(e) => setNotes({ ...notes, [m.materialCode]: e.target.value })}
                  maxLength={400}
                />
              )}
            </li>
          );
        })}
      </ul>

      <p className="tb-verdict" role="status">
        {verdict.canAccept
          ? t('cases.accept.verdictComplete')
          : verdict.canDefer
            ? t('cases.accept.verdictDefer', { n: verdict.secondaryShort.length })
            : t('cases.accept.verdictIncomplete', { n: verdict.problems.length })}
      </p>
      {error && <ActionError error={error} onReload={() => onChanged(null)} />}
      <div className="tb-decision-buttons">
        {instant && can('accept') && (
          <Button type="primary" icon={<ThunderboltOutlined />} disabled={!verdict.canAccept || busy} loading={busy} onClick={() => void acceptInstant()}>
            {t('cases.accept.instant')}
          </Button>
        )}
        {can('accept') && (
          <Button type={instant ? 'default' : 'primary'} disabled={!verdict.canAccept || busy} onClick={() => setDialog({ action: 'accept' })}>
            {t('cases.action.accept')}
          </Button>
        )}
        {can('accept_with_deficiency') && (
          <Button
            disabled={!verdict.canDefer || busy}
            onClick={() => setDialog({ action: 'accept_with_deficiency', initial: { missing: verdict.secondaryShort.map((m) => m.materialCode) } })}
          >
            {t('cases.action.accept_with_deficiency')}
          </Button>
        )}
        {can('request_correction') && (
          <Button
            disabled={busy}
            onClick={() =>
              setDialog({
                action: 'request_correction',
                initial: { items: verdict.problems.map((m) => ({ target: `m:${m.materialCode}`, problem: problemText(m.materialCode) })) },
              })
            }
          >
            {t('cases.action.request_correction')}
          </Button>
        )}
        {can('reject') && (
          <Button danger disabled={busy} onClick={() => setDialog({ action: 'reject' })}>
            {t('cases.action.reject')}
          </Button>
        )}
      </div>
      {!verdict.canAccept && !verdict.canDefer && <p className="tb-hint">{t('cases.accept.whyNot')}</p>}
      {dialog && (
        <ActionDialog
          action={dialog.action}
          initial={dialog.initial}
          detail={detail}
          guide={guide}
          departments={departments}
          names={names}
          onClose={() => setDialog(null)}
          onDone={(ref) => {
            setDialog(null);
            onChanged(ref);
          }}
          onReload={() => onChanged(null)}
        />
      )}
    </Card>
  );
}

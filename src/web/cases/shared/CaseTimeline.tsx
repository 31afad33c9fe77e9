import { Empty } from 'antd';
import type { ReactNode } from 'react';
import { inLanguage } from '../../i18n/bilingual';
import { useLang, useT, type Translate } from '../../i18n/I18nProvider';
import { isMessageKey } from '../../i18n/messages';
import { formatDateTime } from './format';
import type { CaseLight as Light, DeliveryMode } from '../../../shared/cases/cases.enums';
import type { CaseEvent } from '../../../shared/cases/cases.wire';

/** Everything the timeline needs to turn codes in event data into words. */
export interface NameLookups {
  material: (code: string) => string;
  department: (code: string) => string;
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : []);
const record = (value: unknown): Record<string, unknown> | null =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;

/** The event's name in the UI language; unknown actions (added later on the server) show their code. */
export function eventLabel(t: Translate, action: string): string {
  const key = `cases.event.${action.replace(/^case\./, '')}`;
  return isMessageKey(key) ? t(key) : action;
}

function details(t: Translate, e: CaseEvent, names: NameLookups): ReactNode[] {
  const d = e.data;
  const out: ReactNode[] = [];
  const add = (label: string, value: ReactNode) =>
    out.push(
      <div key={out.length} className="tb-timeline-detail">
        <span className="tb-timeline-detail-label">{label}</span>
        {value}
      </div>,
    );
  if (typeof d.opinion === 'string') add(t('cases.timeline.opinion'), d.opinion);
  if (d.recommendation === 'approve' || d.recommendation === 'deny') add(t('cases.timeline.recommendation'), t(`cases.review.${d.recommendation}`));
  const reasons = strings(d.reasons);
  if (reasons.length) add(t('cases.timeline.reasons'), reasons.join('；'));
  const basis = strings(d.legalBasis);
  if (basis.length) add(t('cases.timeline.legalBasis'), basis.join('；'));
  if (Array.isArray(d.items)) {
    const items = d.items.map(record).filter((x): x is Record<string, unknown> => !!x);
    add(
      t('cases.timeline.problems'),
      items.map((x) => `${typeof x.materialCode === 'string' ? `${names.material(x.materialCode)}：` : ''}${String(x.problem ?? '')}`).join('；'),
    );
  }
  const deficiency = record(d.deficiency);
  if (deficiency && Array.isArray(deficiency.items)) {
    const owed = deficiency.items
      .map(record)
      .map((x) => (x && typeof x.materialCode === 'string' ? names.material(x.materialCode) : ''))
      .filter(Boolean);
    add(t('cases.timeline.owed'), t('cases.timeline.owedBy', { materials: owed.join('、'), date: String(deficiency.dueDate ?? '') }));
  }
  const departments = strings(d.departments);
  if (departments.length) add(t('cases.timeline.departments'), departments.map(names.department).join('、'));
  const supplied = strings(d.supplied);
  if (supplied.length) add(t('cases.timeline.supplied'), supplied.map(names.material).join('、'));
  const special = record(d.special);
  if (special)
    add(
      t('cases.timeline.special'),
      t('cases.timeline.specialLimit', {
        procedure: String(special.procedure ?? ''),
        days: Number(special.limitDays ?? 0),
        date: String(special.dueDate ?? ''),
      }),
    );
  if (typeof d.outcome === 'string') add(t('cases.timeline.outcome'), d.outcome);
  const delivery = record(d.delivery);
  if (delivery && typeof delivery.mode === 'string') {
    const mode = delivery.mode as DeliveryMode;
    add(t('cases.timeline.delivery'), [t(`cases.delivery.${mode}`), delivery.carrier, delivery.trackingNo, delivery.recipient].filter(Boolean).join(' · '));
  }
  // 免提交 (docs/decisions.md D21): which materials a source satisfied.
  if (e.action === 'case.materials_shared' && Array.isArray(d.materials)) {
    const shared = d.materials.map(record).flatMap((x) => (x && typeof x.materialCode === 'string' ? [names.material(x.materialCode)] : []));
    if (shared.length) add(t('cases.timeline.sharedMaterials'), shared.join('、'));
  }
  if (e.action === 'case.light_change' && typeof d.to === 'string') add(t('cases.timeline.light'), t(`cases.light.${d.to as Light}`));
  if (typeof d.resultCode === 'string') add(t('cases.timeline.resultCode'), d.resultCode);
  if (typeof d.reason === 'string') add(t('cases.timeline.reasons'), d.reason);
  return out;
}

/** The case's event log, oldest first: who did what when, and what they said. */
export function CaseTimeline({ events, names }: { events: CaseEvent[]; names: NameLookups }) {
  const t = useT();
  const { lang } = useLang();
  if (events.length === 0) return <Empty description={t('cases.timeline.empty')} />;
  return (
    <ol className="tb-timeline">
      {events.map((e) => (
        <li key={e.seq} className="tb-timeline-item">
          <span className="tb-timeline-dot" aria-hidden="true" />
          <div className="tb-timeline-head">
            <strong>{eventLabel(t, e.action)}</strong>
            <span className="tb-timeline-meta">
              <time dateTime={e.at}>{formatDateTime(e.at)}</time>
              {e.actorName && <> · {inLanguage(e.actorName, lang)}</>}
            </span>
          </div>
          {details(t, e, names)}
        </li>
      ))}
    </ol>
  );
}

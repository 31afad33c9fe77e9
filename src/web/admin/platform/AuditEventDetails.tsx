import { Descriptions, Tooltip, Typography } from 'antd';
import { useLang, useT } from '../../i18n/I18nProvider';
import type { AuditEvent } from '../../../shared/audit/audit.wire';
import { dataFacts, type Fact } from './auditText';

const LIST_STYLE = { margin: 0, padding: 0, listStyle: 'none' } as const;

/** One fact as "label：value"; a cut value shows its whole text on hover and focus. */
function FactLine({ fact }: { fact: Fact }) {
  const t = useT();
  const cut = fact.text !== fact.full;
  return (
    <li>
      <Typography.Text type="secondary">
        {fact.label}
        {t('admin.audit.colon')}
      </Typography.Text>
      {cut ? (
        <Tooltip title={fact.full}>
          <span tabIndex={0}>{fact.text}</span>
        </Tooltip>
      ) : (
        fact.text
      )}
    </li>
  );
}

/** The table cell: the first few facts of an event's data, and how many more the expanded row holds. */
export function AuditFacts({ event, limit = 4 }: { event: AuditEvent; limit?: number }) {
  const t = useT();
  const { lang } = useLang();
  const facts = dataFacts(t, lang, event);
  if (facts.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <ul style={LIST_STYLE}>
      {facts.slice(0, limit).map((f) => (
        <FactLine key={f.key} fact={f} />
      ))}
      {facts.length > limit && (
        <li>
          <Typography.Text type="secondary">{t('admin.audit.moreFacts', { n: facts.length - limit })}</Typography.Text>
        </li>
      )}
    </ul>
  );
}

/** The expanded row: every fact in full, the codes and ids an expert looks for, and the raw data. */
export function AuditEventDetails({ event }: { event: AuditEvent }) {
  const t = useT();
  const { lang } = useLang();
  const facts = dataFacts(t, lang, event);
  const code = (text: string | null) => (text ? <Typography.Text code>{text}</Typography.Text> : '—');
  return (
    <div>
      <Descriptions
        size="small"
        column={1}
        title={t('admin.audit.details')}
        items={[
          ...facts.map((f) => ({ key: `data.${f.key}`, label: f.label, children: <span style={{ whiteSpace: 'pre-wrap' }}>{f.full}</span> })),
          { key: 'code', label: t('admin.audit.code'), children: code(event.action) },
          { key: 'subject', label: t('admin.audit.subjectId'), children: code(event.subjectType ? `${event.subjectType}:${event.subjectId ?? ''}` : null) },
          { key: 'chain', label: t('admin.audit.chain'), children: code(`${event.chain} #${event.seq}`) },
          { key: 'region', label: t('admin.audit.region'), children: event.regionCode ?? '—' },
          { key: 'hash', label: t('admin.audit.hash'), children: code(event.hash) },
        ]}
      />
      {facts.length === 0 && <Typography.Paragraph type="secondary">{t('admin.audit.noData')}</Typography.Paragraph>}
      <details>
        <summary>{t('admin.audit.rawData')}</summary>
        <pre tabIndex={0} className="tb-code" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all', maxHeight: 320, overflow: 'auto' }}>
          {JSON.stringify(event.data, null, 2)}
        </pre>
      </details>
    </div>
  );
}

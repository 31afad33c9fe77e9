import { ArrowLeftOutlined, LockOutlined, ReloadOutlined, WarningFilled } from '@ant-design/icons';
import { Alert, App, Button, Descriptions, Empty, Skeleton, Table, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useLang, useT, type Translate } from '../i18n/I18nProvider';
import { inLanguage } from '../i18n/bilingual';
import { isMessageKey, type Lang } from '../i18n/messages';
import { toApiError, type ApiError } from '../shared/api';
import { ErrorAlert } from '../shared/ErrorAlert';
import { useApiQuery } from '../shared/useApiQuery';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import { LINK_12315 } from './CallOutcome';
import { formatTime } from './format';
import { getTicket, performAction } from './hotlineApi';
import { channelLabel, LightBadge, limitLabel, StatusTag, ToneTag, urgencyLabel } from './labels';
import { categoryPath, departmentName, regionName, type Reference } from './reference';
import { TicketActions } from './TicketActions';
import { CITY_REGION } from '../../shared/auth/roles';
import type { Assignment, TicketDetail, TimelineEvent } from '../../shared/hotline/hotline.wire';
import { SubjectOrdersCard } from '../supervision/SubjectOrdersCard';
import { TicketRatingCard } from '../ratings/TicketRatingCard';
import type { TicketAction } from '../../shared/hotline/tickets.enums';

/** `/hotline/tickets?id=…`: one ticket with its clock, caller, assignments, actions and timeline. */
export function TicketDetailView({ id, reference, backTo }: { id: string; reference: Reference | null; backTo: string }) {
  const t = useT();
  const load = useApiQuery((signal) => getTicket(id, signal), [id]);
  const { reload } = load;
  const [conflict, setConflict] = useState<ApiError | null>(null);
  const { message } = App.useApp();
  useDocumentTitle(load.status === 'done' ? t('hotline.detail.title', { no: load.data.ticketNo }) : t('hotline.tickets.title'));

  return (
    <div className="tb-hl-page tb-hl-detail">
      <Link to={backTo} className="tb-hl-back">
        <ArrowLeftOutlined aria-hidden="true" /> {t('hotline.detail.back')}
      </Link>
      {load.status === 'loading' && (
        <>
          <Typography.Title level={1} className="tb-page-title">
            {t('hotline.tickets.title')}
          </Typography.Title>
          <Skeleton active paragraph={{ rows: 10 }} />
        </>
      )}
      {load.status === 'error' && (
        <>
          <Typography.Title level={1} className="tb-page-title">
            {t('hotline.tickets.title')}
          </Typography.Title>
          <ErrorAlert error={load.error} title={t('hotline.detail.error')} onRetry={reload} />
        </>
      )}
      {load.status === 'done' && (
        <Detail
          ticket={load.data}
          reference={reference}
          refreshing={load.pending}
          conflict={conflict}
          onReload={() => {
            setConflict(null);
            reload();
          }}
          onConflict={setConflict}
          onDone={(action) => {
            setConflict(null);
            void message.success(t('hotline.action.done', { action: t(`hotline.action.${action}`) }));
            reload();
          }}
        />
      )}
    </div>
  );
}

function Detail({
  ticket,
  reference,
  refreshing,
  conflict,
  onReload,
  onConflict,
  onDone,
}: {
  ticket: TicketDetail;
  reference: Reference | null;
  refreshing: boolean;
  conflict: ApiError | null;
  onReload: () => void;
  onConflict: (error: ApiError) => void;
  onDone: (action: TicketAction) => void;
}) {
  const t = useT();
  const { lang } = useLang();
  const round = ticket.reopenedCount + 1;
  const [mergeError, setMergeError] = useState<ApiError | null>(null);
  const [merging, setMerging] = useState<string | null>(null);

  const merge = async (masterId: string) => {
    setMerging(masterId);
    setMergeError(null);
    try {
      await performAction(ticket.id, 'merge', { version: ticket.version, masterId });
      onDone('merge');
    } catch (caught) {
      const error = toApiError(caught);
      if (error.code === 'VERSION_CONFLICT') onConflict(error);
      else setMergeError(error);
    } finally {
      setMerging(null);
    }
  };

  const caller = ticket.callerVisible ? (
    <span>
      {[ticket.callerName, ticket.callerPhone].filter(Boolean).join(' · ') || t('hotline.detail.callerNone')}
      {ticket.callerEmail && ` · ${ticket.callerEmail}`}
    </span>
  ) : (
    <span className="tb-hl-masked">
      <LockOutlined aria-hidden="true" /> {[ticket.callerName, ticket.callerPhone].filter(Boolean).join(' · ') || t('hotline.detail.callerHidden')}
      <span className="tb-hl-muted"> {t('hotline.detail.maskedNote')}</span>
    </span>
  );

  return (
    <>
      <div className="tb-hl-detail-head">
        <Typography.Title level={1} className="tb-page-title tb-hl-detail-title">
          {t('hotline.detail.title', { no: ticket.ticketNo })}
        </Typography.Title>
        <div className="tb-hl-detail-badges">
          <StatusTag status={ticket.status} />
          <LightBadge light={ticket.light} />
          {ticket.repeatCall && <ToneTag tone="orange">{t('hotline.detail.repeatCall')}</ToneTag>}
          {ticket.reopenedCount > 0 && <ToneTag tone="purple">{t('hotline.detail.reopened', { n: ticket.reopenedCount })}</ToneTag>}
          {ticket.anonymous && <ToneTag tone="grey">{t('hotline.detail.anonymous')}</ToneTag>}
          <Button size="small" icon={<ReloadOutlined />} loading={refreshing} onClick={onReload}>
            {t('hotline.detail.reload')}
          </Button>
        </div>
      </div>

      {conflict && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          className="tb-hl-alert"
          data-testid="version-conflict"
          title={t('hotline.detail.conflictTitle')}
          description={conflict.message}
          action={
            <Button type="primary" size="small" onClick={onReload}>
              {t('hotline.detail.conflictReload')}
            </Button>
          }
        />
      )}

      {(ticket.availableActions.length > 0 || ticket.extension) && (
        <section className="tb-hl-panel tb-hl-actions-panel" aria-labelledby="hl-actions-title">
          <h2 id="hl-actions-title" className="tb-card-title">
            {t('hotline.detail.actions')}
          </h2>
          {ticket.extension && (
            <Alert
              type="warning"
              showIcon
              className="tb-hl-alert"
              title={t('hotline.detail.extensionAsked', { amount: limitLabel(t, ticket.extension), reason: ticket.extension.reason })}
              description={
                ticket.extension.requestedByName
                  ? t('hotline.detail.extensionBy', { name: ticket.extension.requestedByName, at: formatTime(ticket.extension.requestedAt, lang) })
                  : undefined
              }
            />
          )}
          <TicketActions ticket={ticket} reference={reference} disabled={!!conflict} onConflict={onConflict} onDone={(_ref, action) => onDone(action)} />
        </section>
      )}

      <div className="tb-hl-detail-grid">
        <div className="tb-hl-detail-main">
          <section className="tb-hl-panel" aria-labelledby="hl-request-title">
            <h2 id="hl-request-title" className="tb-card-title">
              {t('hotline.detail.request')}
            </h2>
            <p className="tb-hl-ticket-text">{ticket.text}</p>
            <Descriptions
              size="small"
              column={{ xs: 1, md: 2 }}
              items={[
                { key: 'category', label: t('hotline.detail.category'), children: categoryPath(reference, ticket.categoryCode, lang) },
                {
                  key: 'suggested',
                  label: t('hotline.detail.suggested'),
                  children: ticket.suggestedCategory
                    ? `${categoryPath(reference, ticket.suggestedCategory, lang)}${ticket.suggestedConfidence !== null ? ` (${Math.round(ticket.suggestedConfidence * 100)}%)` : ''}`
                    : t('common.none'),
                },
                { key: 'urgency', label: t('hotline.detail.urgency'), children: `${urgencyLabel(t, ticket.urgency)} · ${limitLabel(t, ticket.limit)}` },
                { key: 'channel', label: t('hotline.detail.channel'), children: channelLabel(t, ticket.channel) },
                { key: 'caller', label: t('hotline.detail.caller'), children: caller },
                { key: 'region', label: t('hotline.detail.region'), children: regionName(reference, ticket.regionCode, lang) },
                {
                  key: 'address',
                  label: t('hotline.detail.address'),
                  children:
                    [ticket.address, ticket.lat !== null && ticket.lng !== null ? `(${ticket.lat.toFixed(4)}, ${ticket.lng.toFixed(4)})` : null]
                      .filter(Boolean)
                      .join(' ') || t('common.none'),
                },
                { key: 'created', label: t('hotline.detail.created'), children: formatTime(ticket.createdAt, lang) },
                { key: 'due', label: t('hotline.detail.due'), children: <DueText ticket={ticket} lang={lang} t={t} /> },
                {
                  key: 'departments',
                  label: t('hotline.detail.departments'),
                  children: ticket.departments.length
                    ? ticket.departments
                        .map((code, i) =>
                          i === 0 ? t('hotline.detail.leadMark', { name: departmentName(reference, code, lang) }) : departmentName(reference, code, lang),
                        )
                        .join(t('hotline.listSeparator'))
                    : t('hotline.detail.notDispatched'),
                },
                ...(ticket.linkedHotline === '12315'
                  ? [
                      {
                        key: '12315',
                        label: t('hotline.detail.linked'),
                        children: (
                          <a href={LINK_12315} target="_blank" rel="noreferrer">
                            {t('hotline.link12315')}
                          </a>
                        ),
                      },
                    ]
                  : []),
                ...(ticket.masterTicketId
                  ? [
                      {
                        key: 'master',
                        label: t('hotline.detail.master'),
                        children: <Link to={`/hotline/tickets?id=${ticket.masterTicketId}`}>{ticket.masterTicketNo ?? ticket.masterTicketId}</Link>,
                      },
                    ]
                  : []),
                ...(ticket.children.length
                  ? [
                      {
                        key: 'children',
                        label: t('hotline.detail.children'),
                        children: (
                          <span className="tb-tags">
                            {ticket.children.map((c) => (
                              <Link key={c.id} to={`/hotline/tickets?id=${c.id}`}>
                                {c.ticketNo}
                              </Link>
                            ))}
                          </span>
                        ),
                      },
                    ]
                  : []),
              ]}
            />
          </section>

          {(ticket.reply || ticket.satisfaction || ticket.closeNote) && (
            <section className="tb-hl-panel" aria-labelledby="hl-result-title">
              <h2 id="hl-result-title" className="tb-card-title">
                {t('hotline.detail.result')}
              </h2>
              <Descriptions
                size="small"
                column={1}
                items={[
                  ...(ticket.reply
                    ? [
                        {
                          key: 'reply',
                          label: ticket.resolution === 'answered' ? t('hotline.detail.answeredAtOnce') : t('hotline.detail.reply'),
                          children: (
                            <span>
                              <span className="tb-hl-pre" data-testid="ticket-reply">
                                {ticket.reply}
                              </span>
                              {ticket.repliedAt && (
                                <span className="tb-hl-muted">
                                  {' '}
                                  · {formatTime(ticket.repliedAt, lang)}
                                  {ticket.repliedOnTime === false && ` · ${t('hotline.detail.replyLate')}`}
                                </span>
                              )}
                            </span>
                          ),
                        },
                      ]
                    : []),
                  ...(ticket.satisfaction
                    ? [
                        {
                          key: 'visit',
                          label: t('hotline.detail.visit'),
                          children: `${t(`hotline.satisfaction.${ticket.satisfaction}`)} · ${ticket.resolved ? t('hotline.resolved.yes') : t('hotline.resolved.no')}${ticket.visitedAt ? ` · ${formatTime(ticket.visitedAt, lang)}` : ''}`,
                        },
                      ]
                    : []),
                  ...(ticket.closeNote ? [{ key: 'close', label: t('hotline.detail.closeNote'), children: ticket.closeNote }] : []),
                ]}
              />
            </section>
          )}

          <TicketRatingCard ticketId={ticket.id} refresh={ticket.version} departmentName={(code) => departmentName(reference, code, lang)} />

          <section className="tb-hl-panel" aria-labelledby="hl-assign-title">
            <h2 id="hl-assign-title" className="tb-card-title">
              {t('hotline.detail.assignments')}
            </h2>
            <AssignmentTable assignments={ticket.assignments} round={round} reference={reference} />
          </section>

          {ticket.duplicates.length > 0 && (
            <section className="tb-hl-panel tb-hl-duplicates" aria-labelledby="hl-dupes-title">
              <h2 id="hl-dupes-title" className="tb-card-title">
                <WarningFilled aria-hidden="true" /> {t('hotline.detail.duplicates', { n: ticket.duplicates.length })}
              </h2>
              <p className="tb-hl-muted">{t('hotline.detail.duplicatesHint')}</p>
              {mergeError && <ErrorAlert error={mergeError} />}
              <ul className="tb-hl-dupe-list">
                {ticket.duplicates.map((d) => (
                  <li key={d.id}>
                    <div>
                      <Link to={`/hotline/tickets?id=${d.id}`}>{d.ticketNo}</Link> <StatusTag status={d.status} />{' '}
                      <span className="tb-hl-muted">
                        {formatTime(d.createdAt, lang)}
                        {d.distance !== null && ` · ${t('hotline.detail.distance', { m: d.distance })}`}
                        {d.sameAddress && ` · ${t('hotline.detail.sameAddress')}`}
                      </span>
                      <div className="tb-hl-history-text">{d.text}</div>
                    </div>
                    {ticket.availableActions.includes('merge') && (
                      <Button size="small" loading={merging === d.id} onClick={() => void merge(d.id)}>
                        {t('hotline.detail.mergeInto', { no: d.ticketNo })}
                      </Button>
                    )}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>

        <section className="tb-hl-panel tb-hl-detail-timeline" aria-labelledby="hl-timeline-title">
          <h2 id="hl-timeline-title" className="tb-card-title">
            {t('hotline.detail.timeline')}
          </h2>
          {ticket.timeline.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('hotline.detail.timelineEmpty')} />
          ) : (
            <Timeline
              items={[...ticket.timeline].reverse().map((event) => ({
                key: `${event.seq ?? event.at}-${event.action}`,
                color: eventColour(event.action),
                content: <TimelineEntry event={event} reference={reference} />,
              }))}
            />
          )}
        </section>
        <SubjectOrdersCard kind="ticket" subjectId={ticket.id} label={ticket.ticketNo} />
      </div>
    </>
  );
}

function DueText({ ticket, lang, t }: { ticket: TicketDetail; lang: Lang; t: Translate }) {
  return (
    <span>
      {formatTime(ticket.dueAt, lang)}
      {!ticket.schedulePublished && <span className="tb-hl-muted"> · {t('hotline.detail.unpublishedYear')}</span>}
      {ticket.extensionsGranted > 0 && <span className="tb-hl-muted"> · {t('hotline.detail.extended', { n: ticket.extensionsGranted })}</span>}
    </span>
  );
}

function AssignmentTable({ assignments, round, reference }: { assignments: Assignment[]; round: number; reference: Reference | null }) {
  const t = useT();
  const { lang } = useLang();
  if (assignments.length === 0) return <p className="tb-hl-muted">{t('hotline.detail.noAssignments')}</p>;
  return (
    <Table<Assignment>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={[...assignments].sort((a, b) => b.round - a.round || (a.role === b.role ? 0 : a.role === 'lead' ? -1 : 1))}
      rowClassName={(a) => (a.round !== round || a.status === 'withdrawn' ? 'tb-hl-row-past' : '')}
      columns={[
        {
          title: t('hotline.assign.department'),
          key: 'department',
          width: '22%',
          render: (_, a) => (
            <span>
              {lang === 'en-US' ? (a.departmentNameEn ?? a.departmentCode) : (a.departmentNameZh ?? a.departmentCode)}
              {a.regionCode && a.regionCode !== CITY_REGION && <span className="tb-hl-muted"> · {regionName(reference, a.regionCode, lang)}</span>}
            </span>
          ),
        },
        {
          title: t('hotline.assign.role'),
          key: 'role',
          width: 72,
          render: (_, a) => <ToneTag tone={a.role === 'lead' ? 'blue' : 'grey'}>{t(`hotline.role.${a.role}`)}</ToneTag>,
        },
        { title: t('hotline.assign.round'), key: 'round', width: 64, render: (_, a) => a.round },
        { title: t('hotline.assign.status'), key: 'status', width: 88, render: (_, a) => t(`hotline.assignStatus.${a.status}`) },
        {
          title: t('hotline.assign.signed'),
          key: 'signed',
          width: '24%',
          render: (_, a) =>
            a.signedAt ? (
              <span>
                {t('hotline.assign.signedYes')} · {formatTime(a.signedAt, lang)}
                {a.signedOnTime === false && <ToneTag tone="red">{t('hotline.assign.late')}</ToneTag>}
              </span>
            ) : (
              <span className="tb-hl-muted">{t('hotline.assign.signDue', { due: formatTime(a.signDueAt, lang) })}</span>
            ),
        },
        {
          title: t('hotline.assign.outcome'),
          key: 'outcome',
          render: (_, a) => (
            <span>
              {a.reply && <span className="tb-hl-pre">{a.reply}</span>}
              {a.returnReason && (
                <span>
                  {t('hotline.assign.returned', { reason: a.returnReason })}
                  {a.returnDecision && ` · ${t(`hotline.assign.decision.${a.returnDecision}`)}`}
                </span>
              )}
            </span>
          ),
        },
      ]}
    />
  );
}

const EVENT_COLOURS: Record<string, string> = {
  'ticket.created': 'blue',
  'ticket.answered': 'green',
  'ticket.closed': 'green',
  'ticket.close': 'green',
  'ticket.return': 'red',
  'ticket.reject_extension': 'red',
  'ticket.return_visit': 'purple',
  'ticket.reply': 'green',
};

function eventColour(action: string): string {
  return EVENT_COLOURS[action] ?? 'gray';
}

/** The key of an event's name, e.g. `hotline.event.ticket.sign`. */
function eventLabel(t: Translate, action: string): string {
  const key = `hotline.event.${action}`;
  return isMessageKey(key) ? t(key) : action;
}

const DETAIL_FIELDS = ['reason', 'note', 'reply', 'answer'] as const;

function TimelineEntry({ event, reference }: { event: TimelineEvent; reference: Reference | null }) {
  const t = useT();
  const { lang } = useLang();
  const data = event.data ?? {};
  const text = (key: string) => (typeof data[key] === 'string' ? (data[key] as string) : null);
  const departments = Array.isArray(data.departments)
    ? (data.departments as Array<{ departmentCode?: string; role?: string } | string>)
        .map((d) =>
          typeof d === 'string'
            ? departmentName(reference, d, lang)
            : d.role === 'lead'
              ? t('hotline.detail.leadMark', { name: departmentName(reference, d.departmentCode, lang) })
              : departmentName(reference, d.departmentCode, lang),
        )
        .join(t('hotline.listSeparator'))
    : null;
  const satisfaction = text('satisfaction');
  return (
    <div className="tb-hl-event">
      <div className="tb-hl-event-head">
        <strong>{eventLabel(t, event.action)}</strong>
        <span className="tb-hl-muted">
          {formatTime(event.at, lang)}
          {event.actorName && ` · ${inLanguage(event.actorName, lang)}`}
        </span>
      </div>
      {departments && <div>{t('hotline.event.to', { departments })}</div>}
      {typeof data.value === 'number' && (data.unit === 'hours' || data.unit === 'workdays') && (
        <div>{t('hotline.event.amount', { amount: limitLabel(t, { value: data.value, unit: data.unit }) })}</div>
      )}
      {text('category') && event.action !== 'ticket.created' && (
        <div>{t('hotline.event.category', { category: categoryPath(reference, text('category'), lang) })}</div>
      )}
      {satisfaction && isMessageKey(`hotline.satisfaction.${satisfaction}`) && (
        <div>
          {t(`hotline.satisfaction.${satisfaction}` as 'hotline.satisfaction.satisfied')} ·{' '}
          {data.resolved ? t('hotline.resolved.yes') : t('hotline.resolved.no')}
          {text('outcome') &&
            isMessageKey(`hotline.visit.outcome.${text('outcome')}`) &&
            ` → ${t(`hotline.visit.outcome.${text('outcome')}` as 'hotline.visit.outcome.close')}`}
        </div>
      )}
      {DETAIL_FIELDS.map(
        (key) =>
          text(key) && (
            <div key={key} className="tb-hl-event-text">
              {text(key)}
            </div>
          ),
      )}
    </div>
  );
}

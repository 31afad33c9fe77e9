import { ReloadOutlined } from '@ant-design/icons';
import { Button, Empty, Input, Segmented, Select, Table, Typography } from 'antd';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useAuth } from '../app/auth';
import { useLang, useT } from '../i18n/I18nProvider';
import type { Role } from '../shared/me';
import { ErrorAlert } from '../shared/ErrorAlert';
import { useApiQuery } from '../shared/useApiQuery';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import { CategorySelect } from './CategorySelect';
import { formatTime } from './format';
import { findTickets } from './hotlineApi';
import { channelLabel, LightBadge, StatusTag } from './labels';
import { categoryName, departmentName, nameOf, regionName, useReference } from './reference';
import { TicketDetailView } from './TicketDetailView';
import type { TicketSummary } from '../../shared/hotline/hotline.wire';
import { TICKET_CHANNELS as CHANNELS, TICKET_LIGHTS as LIGHTS, TICKET_STATUSES } from '../../shared/hotline/tickets.enums';
import './hotline.css';

const PAGE_SIZE = 20;

/** Work queues: a named status set per role; "all" lifts the status filter. */
interface Queue {
  key: string;
  statuses: string;
}
const QUEUES: Record<'dispatcher' | 'dept_handler' | 'hotline_agent' | 'viewer', readonly Queue[]> = {
  dispatcher: [
    { key: 'toDispatch', statuses: 'pending_dispatch' },
    { key: 'returned', statuses: 'returned' },
    { key: 'inProgress', statuses: 'dispatched,processing' },
    { key: 'toVisit', statuses: 'replied' },
  ],
  dept_handler: [
    { key: 'toSign', statuses: 'dispatched' },
    { key: 'inProgress', statuses: 'processing' },
    { key: 'replied', statuses: 'replied' },
  ],
  hotline_agent: [
    { key: 'toVisit', statuses: 'replied' },
    { key: 'toDispatch', statuses: 'pending_dispatch' },
    { key: 'inProgress', statuses: 'dispatched,processing,returned' },
  ],
  viewer: [],
};

function queuesFor(roles: readonly Role[]): readonly Queue[] {
  if (roles.includes('dispatcher')) return QUEUES.dispatcher;
  if (roles.includes('hotline_agent')) return QUEUES.hotline_agent;
  if (roles.includes('dept_handler')) return QUEUES.dept_handler;
  return QUEUES.viewer;
}

const FILTER_KEYS = ['status', 'light', 'category', 'department', 'region', 'channel', 'q'] as const;

/**
 * `/hotline/tickets`: the ticket list with the user's work queues (派单 for the dispatcher, 签收
 * for a department, 回访 for an agent), filters and paging, all in the URL so a view can be
 * bookmarked; `?id=` opens one ticket.
 */
export function TicketsPage() {
  const [params] = useSearchParams();
  const reference = useReference();
  const id = params.get('id');
  const ref = reference.status === 'done' ? reference.ref : null;
  if (id) {
    const back = new URLSearchParams(params);
    back.delete('id');
    const search = back.toString();
    return <TicketDetailView key={id} id={id} reference={ref} backTo={`/hotline/tickets${search ? `?${search}` : ''}`} />;
  }
  return <TicketList />;
}

function TicketList() {
  const t = useT();
  const { lang } = useLang();
  const { me } = useAuth();
  const [params, setParams] = useSearchParams();
  const refState = useReference();
  const reference = refState.status === 'done' ? refState.ref : null;
  useDocumentTitle(t('hotline.tickets.title'));

  const queues = queuesFor(me?.roles ?? []);
  const queueParam = params.get('queue');
  const queue = queueParam === 'all' ? null : (queues.find((q) => q.key === queueParam) ?? (queueParam ? null : (queues[0] ?? null)));
  const page = Math.max(1, Number(params.get('page')) || 1);
  const filters = Object.fromEntries(FILTER_KEYS.map((key) => [key, params.get(key) ?? undefined])) as Record<(typeof FILTER_KEYS)[number], string | undefined>;
  const status = filters.status ?? queue?.statuses;
  const query = { ...filters, status, page, pageSize: PAGE_SIZE };
  const load = useApiQuery((signal) => findTickets(query, signal), [query]);
  const { reload } = load;
  // The last page stays on screen while another loads (an error replaces it).
  const tickets = load.status === 'error' ? undefined : load.data;

  const update = (changes: Record<string, string | undefined>, keepPage = false) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined || value === '') next.delete(key);
      else next.set(key, value);
    }
    if (!keepPage) next.delete('page');
    setParams(next);
  };

  const departmentOptions = useMemo(
    () => [...(reference?.departments.values() ?? [])].map((d) => ({ value: d.code, label: nameOf(d, lang) })),
    [reference, lang],
  );
  const regionOptions = useMemo(() => [...(reference?.regions.values() ?? [])].map((r) => ({ value: r.code, label: nameOf(r, lang) })), [reference, lang]);
  const openTicket = (ticket: TicketSummary) => {
    const next = new URLSearchParams(params);
    next.set('id', ticket.id);
    return `/hotline/tickets?${next.toString()}`;
  };

  return (
    <div className="tb-hl-page">
      <Typography.Title level={1} className="tb-page-title">
        {t('hotline.tickets.title')}
      </Typography.Title>

      {queues.length > 0 && (
        <nav aria-label={t('hotline.tickets.queues')} className="tb-hl-queues">
          <Segmented
            value={queue && !filters.status ? queue.key : 'all'}
            onChange={(value) => update({ queue: String(value), status: undefined })}
            options={[
              ...queues.map((q) => ({ value: q.key, label: t(`hotline.queue.${q.key}` as 'hotline.queue.toDispatch') })),
              { value: 'all', label: t('hotline.queue.all') },
            ]}
          />
        </nav>
      )}

      <form className="tb-hl-filters" role="search" aria-label={t('hotline.tickets.filters')} onSubmit={(event) => event.preventDefault()}>
        <Input.Search
          className="tb-hl-filter-q"
          defaultValue={filters.q}
          key={filters.q ?? ''}
          aria-label={t('hotline.tickets.search')}
          placeholder={t('hotline.tickets.searchPlaceholder')}
          allowClear
          onSearch={(value) => update({ q: value.trim() || undefined })}
        />
        <Select
          aria-label={t('hotline.tickets.status')}
          placeholder={t('hotline.tickets.status')}
          allowClear
          value={filters.status}
          onChange={(value: string | undefined) => update({ status: value, queue: value ? 'all' : undefined })}
          options={TICKET_STATUSES.map((s) => ({ value: s, label: t(`hotline.status.${s}`) }))}
          popupMatchSelectWidth={false}
        />
        <Select
          aria-label={t('hotline.tickets.light')}
          placeholder={t('hotline.tickets.light')}
          allowClear
          value={filters.light}
          onChange={(value: string | undefined) => update({ light: value })}
          options={LIGHTS.map((l) => ({ value: l, label: t(`hotline.light.${l}`) }))}
        />
        <div className="tb-hl-filter-wide">
          <CategorySelect
            reference={reference}
            groupsSelectable
            allowClear
            ariaLabel={t('hotline.tickets.category')}
            placeholder={t('hotline.tickets.category')}
            value={filters.category}
            onChange={(value) => update({ category: value })}
          />
        </div>
        <Select
          className="tb-hl-filter-wide"
          aria-label={t('hotline.tickets.department')}
          placeholder={t('hotline.tickets.department')}
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          value={filters.department}
          onChange={(value: string | undefined) => update({ department: value })}
          options={departmentOptions}
          popupMatchSelectWidth={false}
        />
        <Select
          aria-label={t('hotline.tickets.region')}
          placeholder={t('hotline.tickets.region')}
          allowClear
          value={filters.region}
          onChange={(value: string | undefined) => update({ region: value })}
          options={regionOptions}
          popupMatchSelectWidth={false}
        />
        <Select
          aria-label={t('hotline.tickets.channel')}
          placeholder={t('hotline.tickets.channel')}
          allowClear
          value={filters.channel}
          onChange={(value: string | undefined) => update({ channel: value })}
          options={CHANNELS.map((c) => ({ value: c, label: channelLabel(t, c) }))}
        />
        <Button icon={<ReloadOutlined />} onClick={reload} loading={load.pending && !!tickets}>
          {t('hotline.tickets.refresh')}
        </Button>
        {FILTER_KEYS.some((key) => filters[key]) && (
          <Button type="link" onClick={() => update(Object.fromEntries(FILTER_KEYS.map((key) => [key, undefined])))}>
            {t('hotline.tickets.clearFilters')}
          </Button>
        )}
      </form>

      {load.status === 'error' && <ErrorAlert error={load.error} title={t('hotline.tickets.error')} onRetry={reload} />}
      {load.status !== 'error' && (
        <section aria-labelledby="hl-list-title" aria-busy={load.pending}>
          <h2 id="hl-list-title" className="tb-visually-hidden">
            {t('hotline.tickets.results')}
          </h2>
          {tickets && (
            <p className="tb-hl-muted" role="status">
              {t('hotline.tickets.total', { total: tickets.total })}
            </p>
          )}
          <Table<TicketSummary>
            className="tb-hl-table"
            rowKey="id"
            size="middle"
            loading={load.status === 'loading' || load.pending}
            dataSource={tickets?.items ?? []}
            scroll={{ x: 1120 }}
            tableLayout="fixed"
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('hotline.tickets.empty')} /> }}
            pagination={
              tickets && tickets.total > PAGE_SIZE
                ? {
                    current: page,
                    pageSize: PAGE_SIZE,
                    total: tickets.total,
                    showSizeChanger: false,
                    onChange: (next) => update({ page: String(next) }, true),
                  }
                : false
            }
            columns={[
              {
                title: t('hotline.ticket.no'),
                key: 'no',
                width: 184,
                fixed: 'left',
                render: (_, ticket) => (
                  <>
                    <Link to={openTicket(ticket)} className="tb-hl-no-link">
                      {ticket.ticketNo}
                    </Link>
                    <span className="tb-hl-cell-sub">{channelLabel(t, ticket.channel)}</span>
                  </>
                ),
              },
              { title: t('hotline.tickets.light'), key: 'light', width: 80, render: (_, ticket) => <LightBadge light={ticket.light} /> },
              { title: t('hotline.tickets.status'), key: 'status', width: 128, render: (_, ticket) => <StatusTag status={ticket.status} /> },
              {
                title: t('hotline.tickets.category'),
                key: 'category',
                width: 120,
                render: (_, ticket) => (lang === 'en-US' ? ticket.categoryNameEn : ticket.categoryNameZh) ?? categoryName(reference, ticket.categoryCode, lang),
              },
              {
                title: t('hotline.tickets.text'),
                key: 'text',
                ellipsis: true,
                render: (_, ticket) => (
                  <span className="tb-hl-cell-text" title={ticket.text}>
                    {ticket.repeatCall && <span className="tb-hl-flag">{t('hotline.tickets.repeatFlag')}</span>}
                    {ticket.text}
                  </span>
                ),
              },
              {
                title: t('hotline.tickets.department'),
                key: 'department',
                width: 140,
                render: (_, ticket) =>
                  ticket.departmentCode ? (
                    departmentName(reference, ticket.departmentCode, lang)
                  ) : (
                    <span className="tb-hl-muted">{t('hotline.detail.notDispatched')}</span>
                  ),
              },
              { title: t('hotline.tickets.region'), key: 'region', width: 96, render: (_, ticket) => regionName(reference, ticket.regionCode, lang) },
              {
                title: t('hotline.tickets.times'),
                key: 'times',
                width: 150,
                render: (_, ticket) => (
                  <span className="tb-hl-times">
                    <span>{formatTime(ticket.createdAt, lang)}</span>
                    <span className="tb-hl-cell-sub">{t('hotline.tickets.dueShort', { due: formatTime(ticket.dueAt, lang) })}</span>
                  </span>
                ),
              },
            ]}
          />
        </section>
      )}
    </div>
  );
}

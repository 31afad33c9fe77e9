import { Button, Tag, Typography, type TableColumnsType } from 'antd';
import { useSearchParams } from 'react-router';
import { useT } from '../i18n/I18nProvider';
import { PagedTable } from '../shared/PagedTable';
import { RecordDrawer } from '../shared/RecordDrawer';
import { useApiQuery } from '../shared/useApiQuery';
import type { LicenceSummaryWire } from '../../shared/licences/licences.wire';
import { LicenceCertificate } from './LicenceCertificate';
import { STATUS_COLOR } from './format';
import { getLicence, listMyLicences } from './licencesApi';
import '../cases/cases.css';
import './licences.css';

const PAGE_SIZE = 10;

/**
 * `/portal/me/licences` (我的证照): the signed-in holder's e-licences, newest first, and one of them
 * as a certificate in a drawer; `?id=` opens that licence (the case page links here).
 */
export function WalletPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const openId = params.get('id');
  const load = useApiQuery((signal) => listMyLicences({ page, pageSize: PAGE_SIZE }, signal), [page]);

  const update = (changes: Record<string, string | null>) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      for (const [key, value] of Object.entries(changes)) {
        if (value === null) next.delete(key);
        else next.set(key, value);
      }
      return next;
    });

  const columns: TableColumnsType<LicenceSummaryWire> = [
    { key: 'type', title: t('licences.col.type'), render: (_, l) => <strong>{l.type.name}</strong> },
    { key: 'number', title: t('licences.col.number'), render: (_, l) => <span className="tb-mono">{l.number}</span> },
    { key: 'issuer', title: t('licences.col.issuer'), render: (_, l) => l.issuer.name },
    { key: 'issuedAt', title: t('licences.col.issuedAt'), render: (_, l) => l.issuedAt },
    { key: 'validUntil', title: t('licences.col.validUntil'), render: (_, l) => l.validUntil ?? t('licences.longTerm') },
    {
      key: 'status',
      title: t('licences.col.status'),
      render: (_, l) => <Tag color={STATUS_COLOR[l.status]}>{t(`licences.status.${l.status}`)}</Tag>,
    },
    {
      key: 'actions',
      title: <span className="tb-visually-hidden">{t('licences.col.actions')}</span>,
      render: (_, l) => (
        <Button size="small" onClick={() => update({ id: l.id })} aria-label={t('licences.viewN', { name: l.type.name, number: l.number })}>
          {t('licences.view')}
        </Button>
      ),
    },
  ];

  return (
    <div className="tb-list-page">
      <Typography.Title level={1} className="tb-page-title">
        {t('licences.wallet.title')}
      </Typography.Title>
      <p className="tb-lead">{t('licences.wallet.lead')}</p>
      <PagedTable<LicenceSummaryWire>
        label={t('licences.wallet.title')}
        columns={columns}
        load={load}
        errorTitle={t('licences.wallet.loadError')}
        emptyText={t('licences.wallet.empty')}
        page={page}
        pageSize={PAGE_SIZE}
        onPage={(p) => update({ page: String(p) })}
        showTotal={(n) => t('licences.wallet.total', { n })}
      />
      <RecordDrawer
        id={openId}
        fetch={getLicence}
        title={(l) => (l ? t('licences.detail.certificate', { type: l.type.name }) : t('licences.detail.title'))}
        errorTitle={t('licences.detail.loadError')}
        onClose={() => update({ id: null })}
        onChanged={load.reload}
      >
        {(licence) => <LicenceCertificate licence={licence} />}
      </RecordDrawer>
    </div>
  );
}

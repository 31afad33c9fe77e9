import { Alert, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { formatDateTime, localName } from '../cases/shared/format';
import { useDepartments, useNames } from '../cases/shared/useCaseData';
import { useLang, useT } from '../i18n/I18nProvider';
import { PagedTable } from '../shared/PagedTable';
import { useApiQuery } from '../shared/useApiQuery';
import type { UsageListWire } from '../../shared/exchange/exchange.wire';
import { listMyUsage } from './exchangeApi';

const PAGE_SIZE = 20;
type Usage = UsageListWire['items'][number];

/**
 * `/portal/me/data-usage` (我的数据使用记录, docs/domain.md §11): which department looked at the data
 * kept under the signed-in citizen's resident ID or the enterprise's credit code, when, why and
 * with what result. Accounts without an ID number of their own (agents, intermediaries) are told so.
 */
export function MyDataUsagePage() {
  const t = useT();
  const { lang } = useLang();
  const names = useNames(null, useDepartments());
  const [page, setPage] = useState(1);
  const load = useApiQuery((signal) => listMyUsage({ page, pageSize: PAGE_SIZE }, signal), [page]);
  const columns: TableColumnsType<Usage> = [
    { key: 'at', title: t('exchange.usage.at'), render: (_v, u) => formatDateTime(u.at) },
    { key: 'consumer', title: t('exchange.need.consumer'), render: (_v, u) => (u.consumerDepartmentCode ? names.department(u.consumerDepartmentCode) : '—') },
    { key: 'user', title: t('exchange.usage.user'), render: (_v, u) => u.userName },
    { key: 'resource', title: t('exchange.resource.name'), render: (_v, u) => localName(lang, u.resourceNameZh, u.resourceNameEn) },
    { key: 'purpose', title: t('exchange.need.purpose'), render: (_v, u) => u.purpose },
    {
      key: 'result',
      title: t('exchange.usage.result'),
      render: (_v, u) => <Tag color={u.result === 'allowed' ? 'green' : u.result === 'refused' ? 'red' : 'default'}>{t(`exchange.result.${u.result}`)}</Tag>,
    },
  ];
  const notSubject = load.status === 'error' && load.error.status === 403;
  return (
    <div className="tb-list-page">
      <Typography.Title level={1} className="tb-page-title">
        {t('exchange.mine.title')}
      </Typography.Title>
      <p className="tb-lead">{t('exchange.mine.lead')}</p>
      {notSubject ? (
        <Alert type="info" showIcon message={t('exchange.mine.notSubject')} />
      ) : (
        <PagedTable<Usage>
          plainRows
          label={t('exchange.mine.title')}
          columns={columns}
          load={load}
          errorTitle={t('exchange.error.load')}
          emptyText={t('exchange.mine.empty')}
          page={page}
          pageSize={PAGE_SIZE}
          onPage={setPage}
        />
      )}
    </div>
  );
}

import { Skeleton } from 'antd';
import { lazy, Suspense } from 'react';

// ECharts is large: load the reports page (and its chart library) only when it is opened.
const ReportsPage = lazy(() => import('./ReportsPage').then((module) => ({ default: module.ReportsPage })));

/** The hotline reports page, fetched on first use. */
export function HotlineReportsPage() {
  return (
    <Suspense fallback={<Skeleton active paragraph={{ rows: 8 }} />}>
      <ReportsPage />
    </Suspense>
  );
}

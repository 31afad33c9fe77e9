import { Skeleton } from 'antd';
import { lazy, Suspense } from 'react';

// ECharts is large: the report pages (and the chart library) load only when one is opened.
const Reports = lazy(() => import('./ReportsPage').then((m) => ({ default: m.ReportsPage })));
const Inbox = lazy(() => import('./PeriodicInboxPage').then((m) => ({ default: m.PeriodicInboxPage })));
const Scores = lazy(() => import('./ScoresPage').then((m) => ({ default: m.ScoresPage })));

const fallback = <Skeleton active paragraph={{ rows: 8 }} />;

/** 统计通报, fetched on first use. */
export function ReportsSectionPage() {
  return (
    <Suspense fallback={fallback}>
      <Reports />
    </Suspense>
  );
}

/** 定期通报 inbox, fetched on first use. */
export function PeriodicInboxSectionPage() {
  return (
    <Suspense fallback={fallback}>
      <Inbox />
    </Suspense>
  );
}

/** 考评, fetched on first use. */
export function ScoresSectionPage() {
  return (
    <Suspense fallback={fallback}>
      <Scores />
    </Suspense>
  );
}

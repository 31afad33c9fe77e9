import type { ECharts } from 'echarts/core';

export type ChartOption = Parameters<ECharts['setOption']>[0];
type EChartsCore = typeof import('echarts/core');

let loading: Promise<EChartsCore> | null = null;

/**
 * ECharts (echarts.setup.ts), fetched on first use: its 550 KB chunk is for the supervision,
 * report and routing pages, not for every citizen who opens the portal. A failed fetch is
 * forgotten, so the next chart tries again.
 */
export function loadECharts(): Promise<EChartsCore> {
  loading ??= import('./echarts.setup').then(
    (m) => m.echarts,
    (err: unknown) => {
      loading = null;
      throw err;
    },
  );
  return loading;
}

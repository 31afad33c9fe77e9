import type { ECharts } from 'echarts/core';
import { useEffect, useRef } from 'react';

export type ChartOption = Parameters<ECharts['setOption']>[0];

let loading: Promise<typeof import('echarts/core')> | null = null;

/**
 * ECharts (echarts.setup.ts), fetched on first use: its 550 KB chunk is for the supervision,
 * report and routing pages, not for every citizen who opens the portal. A failed fetch is
 * forgotten, so the next chart tries again.
 */
function loadECharts(): Promise<typeof import('echarts/core')> {
  loading ??= import('./echarts.setup').then(
    (m) => m.echarts,
    (err: unknown) => {
      loading = null;
      throw err;
    },
  );
  return loading;
}

/** What a click on a chart element reports: its series and its index in the series' data. */
export interface ChartClick {
  seriesIndex: number;
  dataIndex: number;
}

/**
 * One ECharts canvas that follows its option and its box's size, drawn once ECharts has loaded
 * (`loadECharts`). The canvas is an image to assistive technology, labelled by `label`; every chart
 * in the app also has its figures in a table or list next to it, which is what a failed load leaves.
 * `onClick` receives clicks on series elements (bars, slices), for drill-down.
 */
export function EChart({
  option,
  label,
  height = 280,
  className = 'tb-hl-chart',
  onClick,
}: {
  option: ChartOption;
  label: string;
  height?: number;
  className?: string;
  onClick?: (e: ChartClick) => void;
}) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const clicked = useRef(onClick);
  const latest = useRef(option);
  useEffect(() => {
    clicked.current = onClick;
    latest.current = option;
  });

  useEffect(() => {
    let gone = false;
    let observer: ResizeObserver | null = null;
    loadECharts().then(
      (echarts) => {
        if (gone || !box.current) return;
        const instance = echarts.init(box.current, undefined, { renderer: 'canvas' });
        chart.current = instance;
        instance.on('click', (p) => {
          if (typeof p.seriesIndex === 'number' && typeof p.dataIndex === 'number') clicked.current?.({ seriesIndex: p.seriesIndex, dataIndex: p.dataIndex });
        });
        instance.setOption(latest.current, { notMerge: true });
        observer = new ResizeObserver(() => instance.resize());
        observer.observe(box.current);
      },
      () => undefined, // The figures are in the table beside the chart.
    );
    return () => {
      gone = true;
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={box} className={className} role="img" aria-label={label} style={{ height }} />;
}

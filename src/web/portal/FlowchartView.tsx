import { useId, useMemo } from 'react';
import { useLang, useT } from '../i18n/I18nProvider';
import type { Flowchart, FlowNodeKind } from '../../shared/catalog/catalog.wire';
import { codeLabel } from './catalogText';
import { layoutFlowchart, type LaidNode } from './flowLayout';

const STYLE: Record<FlowNodeKind, { fill: string; stroke: string; dash?: string }> = {
  start: { fill: '#e6f0ff', stroke: '#0958d9' },
  step: { fill: '#ffffff', stroke: '#0958d9' },
  decision: { fill: '#fff7e6', stroke: '#ad4e00' },
  special: { fill: '#f9f0ff', stroke: '#531dab', dash: '6 4' },
  end: { fill: '#f0f9eb', stroke: '#237804' },
};

function NodeShape({ node }: { node: LaidNode }) {
  const { fill, stroke, dash } = STYLE[node.kind];
  const { x, y, width: w, height: h } = node;
  if (node.kind === 'decision') {
    const notch = 14;
    const points = [
      [x + notch, y],
      [x + w - notch, y],
      [x + w, y + h / 2],
      [x + w - notch, y + h],
      [x + notch, y + h],
      [x, y + h / 2],
    ]
      .map((p) => p.join(','))
      .join(' ');
    return <polygon points={points} fill={fill} stroke={stroke} strokeWidth={1.5} />;
  }
  const rx = node.kind === 'start' || node.kind === 'end' ? Math.min(h / 2, 22) : 6;
  return <rect x={x} y={y} width={w} height={h} rx={rx} fill={fill} stroke={stroke} strokeWidth={1.5} strokeDasharray={dash} />;
}

/**
 * The process of an item drawn as SVG from the flowchart endpoint's nodes and edges. The drawing
 * is described for screen readers by the step list that follows it.
 */
export function FlowchartView({ chart }: { chart: Flowchart }) {
  const t = useT();
  const { lang } = useLang();
  const en = lang === 'en-US';
  const uid = useId().replace(/[^A-Za-z0-9_-]/g, '');
  const layout = useMemo(
    () =>
      layoutFlowchart(
        chart,
        (n) => (en ? n.labelEn || n.label : n.label),
        (n) => {
          const role = n.role ? codeLabel(t, 'stepRole', n.role) : undefined;
          return role && role !== (en ? n.labelEn || n.label : n.label) ? role : undefined;
        },
        (e) => (en ? e.labelEn || e.label : e.label),
      ),
    [chart, en, t],
  );
  const arrow = `flow-arrow-${uid}`;
  const titleId = `flow-title-${uid}`;
  const byId = new Map(chart.nodes.map((n) => [n.id, n]));
  const name = (id: string) => {
    const n = byId.get(id);
    return n ? (en ? n.labelEn || n.label : n.label) : id;
  };

  return (
    <figure className="tb-flowchart">
      <div className="tb-flowchart-scroll">
        <svg
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          width={layout.width}
          style={{ maxWidth: '100%', height: 'auto' }}
          role="img"
          aria-labelledby={titleId}
          className="tb-flowchart-svg"
        >
          <title id={titleId}>{t('catalog.guide.flowchartAlt', { n: chart.nodes.length })}</title>
          <defs>
            <marker id={arrow} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse">
              <path d="M 0 0 L 10 5 L 0 10 z" fill="#434343" />
            </marker>
          </defs>
          {layout.edges.map((e) => (
            <g key={`${e.from}-${e.to}`}>
              <path
                d={e.d}
                fill="none"
                stroke={e.back ? '#ad4e00' : '#434343'}
                strokeWidth={1.5}
                strokeDasharray={e.back ? '5 4' : undefined}
                markerEnd={`url(#${arrow})`}
              />
              {e.label && e.labelX !== undefined && e.labelY !== undefined && (
                <text x={e.labelX} y={e.labelY} fontSize={12} textAnchor={e.labelAnchor} fill="#595959" className="tb-flow-edge-label">
                  {e.label}
                </text>
              )}
            </g>
          ))}
          {layout.nodes.map((n) => (
            <g key={n.id}>
              <NodeShape node={n} />
              {n.caption && (
                <text x={n.x + n.width / 2} y={n.y + 12 + 11} fontSize={11.5} textAnchor="middle" fill="#595959">
                  {n.caption}
                </text>
              )}
              {n.lines.map((line, i) => (
                <text key={i} x={n.x + n.width / 2} y={n.y + 12 + (n.caption ? 16 : 0) + 14 + i * 18} fontSize={14} textAnchor="middle" fill="#1f1f1f">
                  {line}
                </text>
              ))}
            </g>
          ))}
        </svg>
      </div>
      <figcaption className="tb-flowchart-legend">
        <span>
          <i className="tb-swatch tb-swatch-step" aria-hidden="true" /> {t('catalog.flow.legendStep')}
        </span>
        <span>
          <i className="tb-swatch tb-swatch-decision" aria-hidden="true" /> {t('catalog.flow.legendDecision')}
        </span>
        <span>
          <i className="tb-swatch tb-swatch-end" aria-hidden="true" /> {t('catalog.flow.legendEnd')}
        </span>
        <span>
          <i className="tb-swatch tb-swatch-back" aria-hidden="true" /> {t('catalog.flow.legendBack')}
        </span>
      </figcaption>
      <details className="tb-flow-text">
        <summary>{t('catalog.guide.flowchartText')}</summary>
        <ol>
          {chart.edges.map((e) => {
            const label = en ? e.labelEn || e.label : e.label;
            return (
              <li key={`${e.from}-${e.to}`}>
                {name(e.from)} → {name(e.to)}
                {label ? (en ? ` (${label})` : `（${label}）`) : ''}
              </li>
            );
          })}
        </ol>
      </details>
    </figure>
  );
}

import { EnvironmentFilled } from '@ant-design/icons';
import { Button, Segmented } from 'antd';
import { useMemo, useState, type MouseEvent } from 'react';
import { useLang, useT } from '../i18n/I18nProvider';
import { buildCells, insideOutline, nearestRegion, pathOf, project, unproject, URBAN_REGIONS, VIEWS, type LngLat, type MapView } from './baotouMap';
import { regionName, type Reference } from './reference';

const FILLS = ['#dbe8fb', '#e3f1df', '#fbeed9', '#eee3f7', '#dff3f1', '#fbe3e3', '#f1f1d9', '#e0e7f1', '#f3e6da', '#e4eedc'];

/**
 * Picks a point on an offline schematic map of Baotou's divisions (whole city or the urban area).
 * The point is optional: the address field stays the primary way to say where.
 */
export function BaotouMap({ value, onChange, reference }: { value: LngLat | null; onChange: (value: LngLat | null) => void; reference: Reference | null }) {
  const t = useT();
  const { lang } = useLang();
  const [view, setView] = useState<MapView>('urban');
  const cells = useMemo(buildCells, []);
  const box = VIEWS[view];
  const unit = box.width / 300;

  const pick = (event: MouseEvent<SVGSVGElement>) => {
    const svg = event.currentTarget;
    const matrix = svg.getScreenCTM();
    if (!matrix) return;
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    const lngLat = unproject({ x: point.x, y: point.y });
    if (!insideOutline(lngLat)) return;
    onChange({ lng: Math.round(lngLat.lng * 1e5) / 1e5, lat: Math.round(lngLat.lat * 1e5) / 1e5 });
  };

  const marker = value ? project(value) : null;
  const picked = value ? regionName(reference, nearestRegion(value), lang) : null;

  return (
    <div className="tb-hl-map">
      <div className="tb-hl-map-tools">
        <Segmented
          size="small"
          value={view}
          onChange={(next) => setView(next as MapView)}
          options={[
            { value: 'urban', label: t('hotline.map.urban') },
            { value: 'city', label: t('hotline.map.city') },
          ]}
          aria-label={t('hotline.map.view')}
        />
        {value && (
          <Button size="small" type="link" onClick={() => onChange(null)}>
            {t('hotline.map.clear')}
          </Button>
        )}
      </div>
      <svg
        className="tb-hl-map-svg"
        viewBox={`${box.x} ${box.y} ${box.width} ${box.height}`}
        role="img"
        aria-label={t('hotline.map.label')}
        onClick={pick}
        preserveAspectRatio="xMidYMid meet"
      >
        <rect x={box.x} y={box.y} width={box.width} height={box.height} fill="#f6f8fb" />
        {cells.map((cell, i) => (
          <path key={cell.regionCode} d={pathOf(cell.polygon)} fill={FILLS[i % FILLS.length]} stroke="#7d8ca3" strokeWidth={unit * 1.2} />
        ))}
        {cells
          .filter((cell) => (view === 'urban' ? URBAN_REGIONS.has(cell.regionCode) : !URBAN_REGIONS.has(cell.regionCode) || cell.regionCode === '150203'))
          .map((cell) => (
            <text
              key={cell.regionCode}
              x={cell.centre.x}
              y={cell.centre.y}
              fontSize={unit * (view === 'urban' ? 8.5 : 11)}
              textAnchor="middle"
              fill="#1f2d3d"
              stroke="#fff"
              strokeWidth={unit * 2.4}
              paintOrder="stroke"
              pointerEvents="none"
            >
              {view === 'city' && cell.regionCode === '150203' ? t('hotline.map.urbanArea') : regionName(reference, cell.regionCode, lang)}
            </text>
          ))}
        {marker && (
          <g transform={`translate(${marker.x} ${marker.y})`} pointerEvents="none">
            <circle r={unit * 5} fill="#c41d1d" stroke="#fff" strokeWidth={unit * 1.5} />
          </g>
        )}
      </svg>
      <p className="tb-hl-map-caption" aria-live="polite">
        {value ? (
          <>
            <EnvironmentFilled aria-hidden="true" /> {t('hotline.map.picked', { region: picked ?? '', lat: value.lat.toFixed(4), lng: value.lng.toFixed(4) })}
          </>
        ) : (
          t('hotline.map.hint')
        )}
      </p>
    </div>
  );
}

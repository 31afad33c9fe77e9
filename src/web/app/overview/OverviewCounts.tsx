import { Card, Skeleton, Typography } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../i18n/I18nProvider';
import { useApiQuery } from '../../shared/useApiQuery';
import type { OverviewTile } from './overviewTiles';

/** One count: the list's total (1,000+ when the server caps it), leading to that list. */
function CountTile({ tile }: { tile: OverviewTile }) {
  const t = useT();
  const load = useApiQuery<{ total: number; totalCapped?: boolean }>(tile.api, { ...tile.query, page: 1, pageSize: 1 });
  const label = t(tile.label);
  let count: string;
  if (load.status === 'error') count = '—';
  else if (!load.data) count = '';
  else count = load.data.totalCapped ? '1,000+' : String(load.data.total);
  const urgent = tile.tone && load.data && load.data.total > 0 ? ` tb-count-tile--${tile.tone}` : '';
  return (
    <li>
      <Link to={tile.to} className={`tb-count-tile${urgent}`} aria-label={load.data ? t('overview.countOf', { label, count }) : label}>
        <span className="tb-count-tile-number" aria-hidden="true">
          {load.status === 'loading' && !load.data ? <Skeleton.Button active size="small" /> : count}
        </span>
        <span className="tb-count-tile-label" aria-hidden="true">
          {label}
        </span>
      </Link>
    </li>
  );
}

/** The workbench's live counts and to-dos, each leading to its list. */
export function OverviewCounts({ tiles }: { tiles: readonly OverviewTile[] }) {
  const t = useT();
  if (!tiles.length) return null;
  return (
    <Card title={<h2 className="tb-card-title">{t('overview.title')}</h2>} className="tb-overview-counts">
      <Typography.Paragraph type="secondary">{t('overview.lead')}</Typography.Paragraph>
      <ul className="tb-count-tiles">
        {tiles.map((tile) => (
          <CountTile key={tile.key} tile={tile} />
        ))}
      </ul>
    </Card>
  );
}

import { Tag } from 'antd';
import { Link } from 'react-router';
import { useLang, useT } from '../i18n/I18nProvider';
import type { ItemSummary } from '../../shared/catalog/catalog.wire';
import { limitText, modeLabel, nameIn, typeLabel } from './catalogText';

/** Service items as a list of cards: name (link to the guide), code, department, type, limit, modes. */
export function ItemResultList({ items, headingLevel = 3 }: { items: ItemSummary[]; headingLevel?: 2 | 3 | 4 }) {
  const t = useT();
  const { lang } = useLang();
  const Heading = `h${headingLevel}` as const;
  return (
    <ol className="tb-result-list">
      {items.map((item) => (
        <li key={item.code} className="tb-result">
          <Heading className="tb-result-name">
            <Link to={`/items/${item.code}`}>{nameIn(lang, item)}</Link>
          </Heading>
          <dl className="tb-result-meta">
            <div>
              <dt>{t('search.field.code')}</dt>
              <dd>{item.code}</dd>
            </div>
            <div>
              <dt>{t('search.field.department')}</dt>
              <dd>{item.departmentName}</dd>
            </div>
            <div>
              <dt>{t('search.field.type')}</dt>
              <dd>{typeLabel(t, item.type)}</dd>
            </div>
            <div>
              <dt>{t('catalog.field.promisedLimit')}</dt>
              <dd>{limitText(t, item.promisedLimit)}</dd>
            </div>
            <div>
              <dt>{t('catalog.field.visits')}</dt>
              <dd>{t('catalog.visits.times', { n: item.visits })}</dd>
            </div>
          </dl>
          <div className="tb-tags tb-result-tags">
            {item.modes.map((mode) => (
              <Tag key={mode} className="tb-tag-blue">
                {modeLabel(t, mode)}
              </Tag>
            ))}
            {item.cityWide && <Tag className="tb-tag-green">{t('catalog.tag.cityWide')}</Tag>}
          </div>
        </li>
      ))}
    </ol>
  );
}

import { CloudUploadOutlined, FileTextOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useLang, useT } from '../i18n/I18nProvider';
import { appliesOnline } from '../../shared/catalog/catalog.enums';
import type { ItemSummary } from '../../shared/catalog/catalog.wire';
import { limitText, modeLabel, nameIn, typeLabel } from './catalogText';
import { LinkButton } from './LinkButton';

type Span = { start: number; end: number };

/** A text with the given stretches wrapped in `<mark>` (spans sorted, not overlapping, as the API sends them). */
export function Marked({ text, spans }: { text: string; spans: readonly Span[] | undefined }) {
  if (!spans?.length) return <>{text}</>;
  const out: ReactNode[] = [];
  let at = 0;
  for (const s of spans) {
    if (s.start < at || s.end > text.length || s.end <= s.start) continue;
    if (s.start > at) out.push(text.slice(at, s.start));
    out.push(
      <mark key={s.start} className="tb-mark">
        {text.slice(s.start, s.end)}
      </mark>,
    );
    at = s.end;
  }
  if (at < text.length) out.push(text.slice(at));
  return <>{out}</>;
}

/**
 * Service items as a list of cards: name (link to the guide, the words searched for marked), code,
 * department, type, limit, modes, and the two ways on: 在线办理 (when the item can be applied for
 * online, the guide's apply route) and 办事指南.
 */
export function ItemResultList({ items, headingLevel = 3 }: { items: ItemSummary[]; headingLevel?: 2 | 3 | 4 }) {
  const t = useT();
  const { lang } = useLang();
  const Heading = `h${headingLevel}` as const;
  return (
    <ol className="tb-result-list">
      {items.map((item) => {
        const name = nameIn(lang, item);
        // The English name is shown only when there is one (nameIn falls back to the Chinese).
        const spans = lang === 'en-US' && item.nameEn ? item.highlights?.nameEn : item.highlights?.name;
        const forItem = <span className="tb-visually-hidden">{t('catalog.search.forItem', { name })}</span>;
        return (
          <li key={item.code} className="tb-result">
            <Heading className="tb-result-name">
              <Link to={`/items/${item.code}`}>
                <Marked text={name} spans={spans} />
              </Link>
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
            <div className="tb-result-foot">
              <div className="tb-tags tb-result-tags">
                {item.modes.map((mode) => (
                  <Tag key={mode} className="tb-tag-blue">
                    {modeLabel(t, mode)}
                  </Tag>
                ))}
                {item.cityWide && <Tag className="tb-tag-green">{t('catalog.tag.cityWide')}</Tag>}
              </div>
              <div className="tb-result-actions">
                {appliesOnline(item) && (
                  <LinkButton to={`/portal/me/apply/${item.code}`} type="primary" size="middle" icon={<CloudUploadOutlined aria-hidden="true" />}>
                    {t('catalog.search.apply')}
                    {forItem}
                  </LinkButton>
                )}
                <LinkButton to={`/items/${item.code}`} size="middle" icon={<FileTextOutlined aria-hidden="true" />}>
                  {t('catalog.search.guide')}
                  {forItem}
                </LinkButton>
              </div>
            </div>
          </li>
        );
      })}
    </ol>
  );
}

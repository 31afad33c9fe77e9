import { FileSearchOutlined, PhoneOutlined, ShopOutlined, UserOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import type { ComponentType } from 'react';
import { Link } from 'react-router';
import { useT } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import { SearchBox } from './SearchBox';

interface Tile {
  to: string;
  title: MessageKey;
  description: MessageKey;
  icon: ComponentType;
}

const TILES: readonly Tile[] = [
  { to: '/search?audience=citizen', title: 'home.topic.personal', description: 'home.topic.personal.desc', icon: UserOutlined },
  { to: '/search?audience=enterprise', title: 'home.topic.enterprise', description: 'home.topic.enterprise.desc', icon: ShopOutlined },
  { to: '/progress', title: 'home.progress', description: 'home.progress.desc', icon: FileSearchOutlined },
];

/** Public portal home: search, topic entries, progress query; no sign-in needed. */
export function HomePage() {
  const t = useT();
  useDocumentTitle();
  return (
    <>
      <section className="tb-hero" aria-labelledby="home-title">
        <div className="tb-container">
          <Typography.Title level={1} id="home-title" className="tb-hero-title">
            {t('app.name')}
          </Typography.Title>
          <p className="tb-hero-tagline">{t('home.tagline')}</p>
          <h2 className="tb-visually-hidden">{t('home.search.heading')}</h2>
          <SearchBox />
        </div>
      </section>

      <div className="tb-container tb-home-body">
        <section aria-labelledby="home-topics">
          <Typography.Title level={2} id="home-topics" className="tb-section-title">
            {t('home.topics.heading')}
          </Typography.Title>
          <ul className="tb-tiles">
            {TILES.map(({ to, title, description, icon: Icon }) => (
              <li key={to}>
                <Link to={to} className="tb-tile">
                  <span className="tb-tile-icon" aria-hidden="true">
                    <Icon />
                  </span>
                  <span className="tb-tile-text">
                    <span className="tb-tile-title">{t(title)}</span>
                    <span className="tb-tile-desc">{t(description)}</span>
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="home-hotline" className="tb-hotline">
          <PhoneOutlined aria-hidden="true" className="tb-hotline-icon" />
          <div>
            <Typography.Title level={2} id="home-hotline" className="tb-section-title">
              {t('home.hotline.heading')}
            </Typography.Title>
            <p>{t('home.hotline.desc')}</p>
          </div>
        </section>
      </div>
    </>
  );
}

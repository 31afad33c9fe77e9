import {
  AppstoreOutlined,
  ClockCircleOutlined,
  CloudOutlined,
  EnvironmentOutlined,
  FileSearchOutlined,
  FlagOutlined,
  PhoneOutlined,
  SafetyCertificateOutlined,
  ShopOutlined,
  ThunderboltOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Grid, Progress, Skeleton, Typography } from 'antd';
import type { ComponentType } from 'react';
import { Link } from 'react-router';
import { useLang, useT } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import type { ListName as ListCode } from '../../shared/catalog/catalog.enums';
import type { BundleSummary, ListResponse, OnlineRate } from '../../shared/catalog/catalog.wire';
import { CITIZEN_TOPICS, ENTERPRISE_TOPICS, modeLabel, nameIn, percent, topicLabel } from './catalogText';
import './catalog.css';
import { SearchBox } from './SearchBox';
import { useApiQuery } from '../shared/useApiQuery';

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
  { to: '/verify', title: 'licences.home.verify', description: 'licences.home.verify.desc', icon: SafetyCertificateOutlined },
];

/** Everyday searches (the query stays Chinese, the catalog's language; the label follows the UI). */
const POPULAR: ReadonlyArray<{ q: string; label: MessageKey }> = [
  { q: '营业执照', label: 'catalog.popular.businessLicence' },
  { q: '开饭店', label: 'catalog.popular.restaurant' },
  { q: '社保', label: 'catalog.popular.socialInsurance' },
  { q: '公积金提取', label: 'catalog.popular.housingFund' },
  { q: '驾照', label: 'catalog.popular.driving' },
  { q: '结婚登记', label: 'catalog.popular.marriage' },
  { q: '出生', label: 'catalog.popular.birth' },
  { q: '退休', label: 'catalog.popular.retirement' },
  { q: '不动产登记', label: 'catalog.popular.realEstate' },
  { q: '护照', label: 'catalog.popular.passport' },
];

const LIST_TILES: ReadonlyArray<{ list: ListCode; icon: ComponentType }> = [
  { list: 'immediate', icon: ThunderboltOutlined },
  { list: 'online', icon: CloudOutlined },
  { list: 'nearby', icon: EnvironmentOutlined },
  { list: 'one_visit', icon: FlagOutlined },
];

/**
 * Public portal home: search with suggestions and everyday searches; entries by audience, life
 * event, enterprise event, bundle, department and the four lists; the online-availability rate.
 */
export function HomePage() {
  const t = useT();
  const { lang } = useLang();
  useDocumentTitle();
  const rate = useApiQuery<OnlineRate>('/api/v1/stats/online-rate');
  const bundles = useApiQuery<{ bundles: BundleSummary[] }>('/api/v1/bundles');

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
          <nav className="tb-popular" aria-label={t('catalog.home.popular')}>
            <span className="tb-popular-label">{t('catalog.home.popular')}</span>
            <ul>
              {POPULAR.map(({ q, label }) => (
                <li key={q}>
                  <Link to={`/search?q=${encodeURIComponent(q)}`}>{t(label)}</Link>
                </li>
              ))}
            </ul>
          </nav>
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

        <div className="tb-home-columns">
          <TopicGroup id="home-life" heading={t('catalog.home.lifeEvents')} topics={Object.keys(CITIZEN_TOPICS)} />
          <TopicGroup id="home-business" heading={t('catalog.home.businessEvents')} topics={Object.keys(ENTERPRISE_TOPICS)} />
        </div>

        <section aria-labelledby="home-bundles" className="tb-home-section">
          <div className="tb-section-head">
            <Typography.Title level={2} id="home-bundles" className="tb-section-title">
              {t('catalog.bundles.title')}
            </Typography.Title>
            <Link to="/bundles">{t('catalog.home.allBundles')}</Link>
          </div>
          <p className="tb-muted">{t('catalog.bundles.lead')}</p>
          {bundles.data ? (
            <ul className="tb-chip-grid">
              {bundles.data.bundles.map((b) => (
                <li key={b.code}>
                  <Link to={`/bundles/${b.code}`} className="tb-chip tb-chip-block">
                    <AppstoreOutlined aria-hidden="true" /> {nameIn(lang, b)}
                  </Link>
                </li>
              ))}
            </ul>
          ) : (
            bundles.status === 'loading' && <Skeleton active paragraph={{ rows: 2 }} title={false} />
          )}
        </section>

        <div className="tb-home-columns">
          <section aria-labelledby="home-lists" className="tb-home-section">
            <Typography.Title level={2} id="home-lists" className="tb-section-title">
              {t('catalog.lists.title')}
            </Typography.Title>
            <ul className="tb-list-tiles">
              {LIST_TILES.map(({ list, icon: Icon }) => (
                <ListTile key={list} list={list} icon={Icon} />
              ))}
            </ul>
          </section>

          <section aria-labelledby="home-rate" className="tb-home-section">
            <Typography.Title level={2} id="home-rate" className="tb-section-title">
              {t('catalog.stats.onlineRate')}
            </Typography.Title>
            {rate.data ? (
              <div className="tb-rate-card">
                <div className="tb-rate-figure">
                  <Progress
                    type="circle"
                    percent={Math.round(rate.data.overall.onlineRate * 1000) / 10}
                    format={() => percent(rate.data!.overall.onlineRate)}
                    size={112}
                    strokeColor="#237804"
                    aria-label={t('catalog.stats.onlineRate')}
                  />
                  <div>
                    <p className="tb-rate-line">{t('catalog.stats.onlineOfTotal', { online: rate.data.overall.online, total: rate.data.overall.total })}</p>
                    <p className="tb-rate-line">{t('catalog.stats.target', { target: percent(rate.data.overall.target) })}</p>
                    <p className="tb-rate-line">{t('catalog.stats.cityWideShare', { rate: percent(rate.data.cityWide.rate) })}</p>
                  </div>
                </div>
                <Link to="/stats">{t('catalog.home.moreStats')}</Link>
                {' · '}
                <Link to="/ratings">{t('ratings.figures.link')}</Link>
              </div>
            ) : (
              rate.status === 'loading' && <Skeleton active paragraph={{ rows: 3 }} />
            )}
          </section>
        </div>

        <section aria-labelledby="home-departments" className="tb-home-section">
          <Typography.Title level={2} id="home-departments" className="tb-section-title">
            {t('catalog.home.byDepartment')}
          </Typography.Title>
          {rate.data ? (
            <DepartmentList departments={rate.data.departments} />
          ) : (
            rate.status === 'loading' && <Skeleton active paragraph={{ rows: 4 }} title={false} />
          )}
        </section>

        <section aria-labelledby="home-places" className="tb-home-section">
          <Typography.Title level={2} id="home-places" className="tb-section-title">
            {t('catalog.places.title')}
          </Typography.Title>
          <Link to="/places" className="tb-tile tb-tile-wide">
            <span className="tb-tile-icon" aria-hidden="true">
              <EnvironmentOutlined />
            </span>
            <span className="tb-tile-text">
              <span className="tb-tile-title">{t('catalog.home.placesLink')}</span>
              <span className="tb-tile-desc">{t('catalog.home.placesDesc')}</span>
            </span>
          </Link>
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

type Department = OnlineRate['departments'][number];

/** How many departments a phone shows before the 全部部门 disclosure. */
const PHONE_DEPARTMENTS = 6;

/**
 * The departments, each leading to its items. A phone (below antd's md) shows them two to a row
 * and folds all but the first few into a 全部部门 disclosure: 42 rows of one made the home page
 * 5,000 px tall.
 */
function DepartmentList({ departments }: { departments: Department[] }) {
  const t = useT();
  const screens = Grid.useBreakpoint();
  if (screens.md !== false || departments.length <= PHONE_DEPARTMENTS) return <DepartmentGrid departments={departments} />;
  return (
    <>
      <DepartmentGrid departments={departments.slice(0, PHONE_DEPARTMENTS)} />
      <details className="tb-dept-more">
        <summary>{t('catalog.home.allDepartments', { n: departments.length })}</summary>
        <DepartmentGrid departments={departments.slice(PHONE_DEPARTMENTS)} />
      </details>
    </>
  );
}

function DepartmentGrid({ departments }: { departments: Department[] }) {
  const t = useT();
  return (
    <ul className="tb-dept-grid">
      {departments.map((d) => (
        <li key={d.departmentCode}>
          <Link to={`/search?department=${d.departmentCode}`} className="tb-dept-link">
            <span>{d.departmentName}</span>
            <span className="tb-dept-count">{t('catalog.home.itemCount', { n: d.total })}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** Topic entries (life or business events) leading to the results filtered by topic. */
function TopicGroup({ id, heading, topics }: { id: string; heading: string; topics: string[] }) {
  const t = useT();
  return (
    <section aria-labelledby={id} className="tb-home-section">
      <Typography.Title level={2} id={id} className="tb-section-title">
        {heading}
      </Typography.Title>
      <ul className="tb-chip-grid">
        {topics.map((topic) => (
          <li key={topic}>
            <Link to={`/search?topic=${encodeURIComponent(topic)}`} className="tb-chip tb-chip-block">
              {topicLabel(t, topic)}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** One of the four lists with its item count. */
function ListTile({ list, icon: Icon }: { list: ListCode; icon: ComponentType }) {
  const t = useT();
  const count = useApiQuery<ListResponse>(`/api/v1/lists/${list}`, { pageSize: 1 });
  return (
    <li>
      <Link to={`/lists/${list}`} className="tb-list-tile">
        <span className="tb-tile-icon" aria-hidden="true">
          <Icon />
        </span>
        <span className="tb-tile-text">
          <span className="tb-tile-title">{modeLabel(t, list)}</span>
          <span className="tb-tile-desc">
            {count.data ? t('catalog.home.itemCount', { n: count.data.total }) : <ClockCircleOutlined aria-label={t('common.loading')} />}
          </span>
        </span>
      </Link>
    </li>
  );
}

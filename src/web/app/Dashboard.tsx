import { Card, Descriptions, Tag, Typography } from 'antd';
import { createElement } from 'react';
import { Link } from 'react-router';
import { useT } from '../i18n/I18nProvider';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import { useAuth } from './auth';
import { sectionsFor, type Workbench } from './workbenches';
import { OverviewCounts } from './overview/OverviewCounts';
import { overviewTiles } from './overview/overviewTiles';

/** A workbench's home: greets the user, counts what waits for them, shows roles, department and region, links the sections. */
export function Dashboard({ workbench }: { workbench: Workbench }) {
  const t = useT();
  const { me } = useAuth();
  useDocumentTitle(t(workbench.label));
  if (!me) return null;

  return (
    <div className="tb-dashboard">
      <Typography.Title level={1} className="tb-page-title">
        {t('dashboard.greeting', { name: me.displayName })}
      </Typography.Title>
      <p className="tb-lead">{t('dashboard.welcome', { workbench: t(workbench.label) })}</p>

      <OverviewCounts tiles={overviewTiles(workbench.key, me.roles)} />

      <Card title={<h2 className="tb-card-title">{t('dashboard.profile')}</h2>} className="tb-profile">
        <Descriptions
          column={{ xs: 1, md: 3 }}
          items={[
            {
              key: 'roles',
              label: t('dashboard.roles'),
              children: (
                <span className="tb-tags">
                  {me.roles.map((role) => (
                    <Tag key={role} color="blue">
                      {t(`role.${role}`)}
                    </Tag>
                  ))}
                </span>
              ),
            },
            { key: 'department', label: t('dashboard.department'), children: me.departmentName ?? t('common.none') },
            { key: 'region', label: t('dashboard.region'), children: me.regionName },
          ]}
        />
      </Card>

      <Typography.Title level={2} className="tb-section-title">
        {t('dashboard.sections')}
      </Typography.Title>
      <ul className="tb-tiles tb-tiles-compact">
        {sectionsFor(workbench, me.roles).map((section) => (
          <li key={section.path}>
            <Link to={`${workbench.basePath}/${section.path}`} className="tb-tile">
              <span className="tb-tile-icon" aria-hidden="true">
                {createElement(section.icon)}
              </span>
              <span className="tb-tile-title">{t(section.label)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

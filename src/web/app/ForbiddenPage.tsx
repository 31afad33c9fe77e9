import { Button, Result, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useT } from '../i18n/I18nProvider';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import { useAuth } from './auth';
import { PublicLayout } from './PublicLayout';
import { getLandingPath } from './workbenches';

/** 403: signed in, but without a role for the workbench asked for. */
export function ForbiddenPage() {
  const t = useT();
  const navigate = useNavigate();
  const { me } = useAuth();
  useDocumentTitle(t('forbidden.title'));
  const landing = me ? getLandingPath(me.roles) : '/';
  return (
    <PublicLayout>
      <Result
        status="403"
        title={
          <Typography.Title level={1} className="tb-result-title">
            {t('forbidden.title')}
          </Typography.Title>
        }
        subTitle={t('forbidden.desc')}
        extra={[
          landing !== '/' && (
            <Button key="mine" type="primary" onClick={() => navigate(landing)}>
              {t('forbidden.toMine')}
            </Button>
          ),
          <Button key="home" onClick={() => navigate('/')}>
            {t('common.backHome')}
          </Button>,
        ]}
      />
    </PublicLayout>
  );
}

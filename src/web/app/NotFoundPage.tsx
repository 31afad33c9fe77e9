import { Button, Result, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useT } from '../i18n/I18nProvider';
import { useDocumentTitle } from '../shared/useDocumentTitle';

/** 404 for any path no route knows (the server falls back to the app for all non-API paths). */
export function NotFoundPage() {
  const t = useT();
  const navigate = useNavigate();
  useDocumentTitle(t('notFound.title'));
  return (
    <Result
      status="404"
      title={
        <Typography.Title level={1} className="tb-result-title">
          {t('notFound.title')}
        </Typography.Title>
      }
      subTitle={t('notFound.desc')}
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          {t('common.backHome')}
        </Button>
      }
    />
  );
}

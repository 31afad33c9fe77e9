import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Skeleton } from 'antd';
import { Link, useParams } from 'react-router';
import { useAuth } from '../../app/auth';
import { useLang, useT } from '../../i18n/I18nProvider';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { formatDate, formatDateTime, localName } from '../shared/format';
import { useCaseData } from '../shared/useCaseData';

/**
 * `/window/cases/:id/notice`: the acceptance notice (受理通知书) to print or show — case number,
 * item, applicant, acceptance date, promised completion date, materials owed under 容缺, and how to
 * follow progress. The page's chrome is hidden when printing.
 */
export function AcceptanceNoticePage() {
  const t = useT();
  const { lang } = useLang();
  const { me } = useAuth();
  const { id = '' } = useParams();
  const { load, guide, names, reload } = useCaseData(id);
  useDocumentTitle(t('cases.notice.docTitle'));

  const back = (
    <Link to={`/window/cases/${id}`} className="tb-case-back tb-no-print">
      <ArrowLeftOutlined aria-hidden="true" /> {t('cases.window.backToCase')}
    </Link>
  );
  if (load.status === 'loading') return <Skeleton active />;
  if (load.status === 'error') {
    return (
      <>
        {back}
        <ErrorAlert error={load.error} onRetry={reload} />
      </>
    );
  }
  const d = load.data;
  const itemName = guide ? localName(lang, guide.item.name, guide.item.nameEn) : d.item.name;

  return (
    <div className="tb-notice-page">
      {back}
      <div className="tb-notice-tools tb-no-print">
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('cases.notice.printNow')}
        </Button>
      </div>
      <article className="tb-notice-sheet" aria-labelledby="notice-title">
        <p className="tb-notice-org">{t('app.name')}</p>
        <h1 id="notice-title" className="tb-notice-title">
          {t('cases.notice.docTitle')}
        </h1>
        <p className="tb-notice-no">
          {t('cases.notice.caseNo')}
          <strong className="tb-mono">{d.caseNo}</strong>
        </p>
        <p className="tb-notice-text">{t('cases.notice.greeting', { name: d.applicant.name })}</p>
        <p className="tb-notice-text">{t('cases.notice.body', { date: formatDate(d.submittedAt), item: itemName })}</p>
        <table className="tb-notice-table">
          <tbody>
            <tr>
              <th scope="row">{t('cases.notice.item')}</th>
              <td>{itemName}</td>
            </tr>
            <tr>
              <th scope="row">{t('cases.notice.applicant')}</th>
              <td>{d.applicant.name}</td>
            </tr>
            <tr>
              <th scope="row">{t('cases.notice.acceptedAt')}</th>
              <td>{formatDateTime(d.lines.acceptedAt)}</td>
            </tr>
            <tr>
              <th scope="row">{t('cases.notice.promised')}</th>
              <td>
                <strong>{formatDate(d.lines.promisedDue)}</strong>
              </td>
            </tr>
            <tr>
              <th scope="row">{t('cases.notice.statutory')}</th>
              <td>{formatDate(d.lines.statutoryDue)}</td>
            </tr>
            <tr>
              <th scope="row">{t('cases.notice.department')}</th>
              <td>{names.department(d.item.departmentCode)}</td>
            </tr>
          </tbody>
        </table>
        {d.deficiency && (
          <section className="tb-notice-owed">
            <h2>{t('cases.notice.owedTitle', { date: d.deficiency.dueDate })}</h2>
            <ol>
              {d.deficiency.items.map((x) => (
                <li key={x.materialCode}>{names.material(x.materialCode, x.name)}</li>
              ))}
            </ol>
            <p>{t('cases.notice.owedRule')}</p>
          </section>
        )}
        {!d.lines.schedulePublished && <p className="tb-notice-text">{t('cases.clock.unpublished', { years: d.lines.unpublishedYears.join('、') })}</p>}
        <p className="tb-notice-text">{t('cases.notice.progressHint', { caseNo: d.caseNo ?? '' })}</p>
        <div className="tb-notice-sign">
          <p>{t('cases.notice.clerk', { name: me?.displayName ?? '' })}</p>
          <p>{t('cases.notice.place', { place: me?.departmentName ?? '' })}</p>
          <p>{formatDate(d.lines.acceptedAt)}</p>
        </div>
      </article>
    </div>
  );
}

import '../hotline/hotline.css';
import './ratings.css';
import { CheckCircleFilled, ClockCircleFilled, LikeFilled, PhoneFilled, WarningFilled } from '@ant-design/icons';
import { Skeleton } from 'antd';
import { useState, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useLang, useT } from '../i18n/I18nProvider';
import { ErrorAlert } from '../shared/ErrorAlert';
import { LanguageSwitch } from '../shared/LanguageSwitch';
import { SkipLink } from '../shared/SkipLink';
import { useApiQuery } from '../shared/useApiQuery';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import { formatDateTime } from '../cases/shared/format';
import { BAD_LEVELS, type RatingLevel } from '../../shared/ratings/ratings.enums';
import type { RatingLinkWire } from '../../shared/ratings/ratings.wire';
import { RatingForm } from './RatingForm';
import { getRatingLink, rateTicket, rerateWithLink } from './ratingsApi';

/**
 * `/rate/ticket?token=…`: the page the 12345 SMS links open (docs/domain.md §10), on a phone, with
 * no sign-in. The link rates the ticket once, or re-rates the rectification of a 差评; the page says
 * plainly when the link was already used, has expired or is not valid, and thanks the caller.
 */
export function RateTicketPage() {
  const t = useT();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  useDocumentTitle(t('ratings.link.title'));
  return (
    <div className="tb-hl-mobile tb-rate-page">
      <SkipLink />
      <header className="tb-hl-mobile-bar tb-header">
        <Link to="/" className="tb-hl-mobile-brand">
          <span className="tb-hl-mobile-badge" aria-hidden="true">
            <PhoneFilled />
          </span>
          <span>{t('ratings.link.brand')}</span>
        </Link>
        <LanguageSwitch onDark />
      </header>
      <main id="main-content" tabIndex={-1} className="tb-hl-mobile-main">
        <h1 className="tb-hl-mobile-title">{t('ratings.link.title')}</h1>
        {token ? (
          <LinkBody token={token} />
        ) : (
          <Notice icon={<WarningFilled />} tone="warning" title={t('ratings.link.invalid')} text={t('ratings.link.invalidText')} />
        )}
      </main>
      <footer className="tb-hl-mobile-footer">{t('app.footer')}</footer>
    </div>
  );
}

type Done = { kind: 'rated'; level: RatingLevel } | { kind: 'rerated'; level: RatingLevel };

function LinkBody({ token }: { token: string }) {
  const t = useT();
  const load = useApiQuery((signal) => getRatingLink(token, signal), [token]);
  const [done, setDone] = useState<Done | null>(null);

  if (load.status === 'loading') return <Skeleton active paragraph={{ rows: 6 }} />;
  if (load.status === 'error') {
    if (load.error.status === 404)
      return <Notice icon={<WarningFilled />} tone="warning" title={t('ratings.link.invalid')} text={t('ratings.link.invalidText')} />;
    return <ErrorAlert error={load.error} title={t('ratings.link.loadError')} onRetry={load.reload} />;
  }
  const link = load.data;
  if (done) return <ThankYou link={link} done={done} />;
  if (link.state === 'expired')
    return <Notice icon={<ClockCircleFilled />} tone="warning" title={t('ratings.link.expired')} text={t('ratings.link.expiredText')} />;
  if (link.state === 'rated')
    return (
      <>
        <Notice
          icon={<CheckCircleFilled />}
          tone="success"
          title={t(link.purpose === 'rerate' ? 'ratings.link.reratedAlready' : 'ratings.link.ratedAlready')}
          text={
            link.purpose === 'rate' && link.ratedLevel
              ? t('ratings.link.ratedLevel', { level: t(`ratings.level.${link.ratedLevel}`) })
              : link.rectification?.rerateLevel
                ? t('ratings.card.rerated', { level: t(`ratings.level.${link.rectification.rerateLevel}`) })
                : t('ratings.link.thanksText')
          }
        />
        <TicketSummary link={link} />
      </>
    );
  return (
    <>
      <TicketSummary link={link} />
      <div className="tb-hl-mobile-card tb-rate-card">
        {link.purpose === 'rate' ? (
          <RatingForm
            large
            lead={t('ratings.link.lead')}
            onSubmit={async (input) => {
              await rateTicket(link.ticketId, input, token);
              setDone({ kind: 'rated', level: input.level });
            }}
          />
        ) : (
          <RatingForm
            large
            withReasons={false}
            lead={t('ratings.link.rerateLead')}
            submitLabel={t('ratings.card.rerateSubmit')}
            onSubmit={async (input) => {
              const r = link.rectification!;
              await rerateWithLink(r.id, token, { version: r.version, level: input.level, ...(input.comment ? { comment: input.comment } : {}) });
              setDone({ kind: 'rerated', level: input.level });
            }}
          />
        )}
      </div>
    </>
  );
}

/** The ticket the link was sent for: its number, category, department and the answer given. */
function TicketSummary({ link }: { link: RatingLinkWire }) {
  const t = useT();
  const { lang } = useLang();
  const en = lang === 'en-US';
  const department = (en ? link.departmentNameEn : link.departmentNameZh) ?? null;
  return (
    <section className="tb-hl-mobile-card tb-rate-summary" aria-label={t('ratings.link.ticket', { no: link.ticketNo })}>
      <h2 className="tb-rate-summary-title">{t('ratings.link.ticket', { no: link.ticketNo })}</h2>
      <dl className="tb-rate-facts">
        <dt>{t('ratings.link.category')}</dt>
        <dd>{en ? link.categoryNameEn : link.categoryNameZh}</dd>
        {department && (
          <>
            <dt>{t('ratings.link.department')}</dt>
            <dd>{department}</dd>
          </>
        )}
        {link.reply && (
          <>
            <dt>{t('ratings.link.reply')}</dt>
            <dd>
              {link.reply}
              {link.repliedAt && <span className="tb-cell-sub"> · {formatDateTime(link.repliedAt)}</span>}
            </dd>
          </>
        )}
        {link.purpose === 'rerate' && link.rectification?.rectifyNote && (
          <>
            <dt>{t('ratings.link.rectifyNote')}</dt>
            <dd>
              {link.rectification.rectifyNote}
              {link.rectification.rectifiedAt && <span className="tb-cell-sub"> · {formatDateTime(link.rectification.rectifiedAt)}</span>}
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}

function ThankYou({ link, done }: { link: RatingLinkWire; done: Done }) {
  const t = useT();
  const { lang } = useLang();
  const department = (lang === 'en-US' ? link.departmentNameEn : link.departmentNameZh) ?? t('ratings.link.theDepartment');
  const bad = done.kind === 'rated' && BAD_LEVELS.includes(done.level);
  return (
    <Notice
      icon={<LikeFilled />}
      tone="success"
      title={t('ratings.card.thanks')}
      text={
        <>
          <p>{t(done.kind === 'rated' ? 'ratings.link.ratedLevel' : 'ratings.card.rerated', { level: t(`ratings.level.${done.level}`) })}</p>
          <p>{bad ? t('ratings.link.badThanks', { department }) : t('ratings.link.thanksText')}</p>
        </>
      }
    />
  );
}

/** A state of the page in words, with its icon (never told by colour alone). */
function Notice({ icon, tone, title, text }: { icon: ReactNode; tone: 'success' | 'warning'; title: string; text: ReactNode }) {
  const t = useT();
  return (
    <div className={`tb-hl-mobile-card tb-rate-notice tb-rate-notice-${tone}`} role="status">
      <div className="tb-rate-notice-icon" aria-hidden="true">
        {icon}
      </div>
      <h2 className="tb-rate-notice-title">{title}</h2>
      <div className="tb-rate-notice-text">{text}</div>
      {tone === 'warning' && (
        <a className="tb-hl-mobile-call" href="tel:12345">
          <PhoneFilled aria-hidden="true" /> {t('ratings.link.call')}
        </a>
      )}
    </div>
  );
}

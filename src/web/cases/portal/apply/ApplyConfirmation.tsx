import { CheckCircleFilled } from '@ant-design/icons';
import { Button, Card } from 'antd';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { useLang, useT } from '../../../i18n/I18nProvider';
import { useApiQuery } from '../../../shared/useApiQuery';
import { formatPlainDate, localName } from '../../shared/format';
import { toShanghaiDate } from '../../../../shared/dates';
import type { CaseRef } from '../../../../shared/cases/cases.wire';
import type { Guide } from '../../../../shared/catalog/catalog.wire';
import type { DeliveryValues } from './DeliveryStep';

/**
 * What happens next, in plain words (docs/decisions.md D27): the case number to keep, the date we
 * promise (counted from today as if accepted today; the clock starts at acceptance), the steps
 * ahead and how the result will arrive. `actions` replaces the links to 我的办件 (the kiosk offers its own).
 */
export function ApplyConfirmation({
  guide,
  submitted,
  delivery,
  actions,
}: {
  guide: Guide;
  submitted: CaseRef;
  delivery: DeliveryValues;
  actions?: ReactNode;
}) {
  const t = useT();
  const { lang } = useLang();
  const navigate = useNavigate();
  const limit = guide.item.promisedLimit;
  const workdays = limit.unit === 'workday';
  const due = useApiQuery<{ date: string; published: boolean }>(limit.value > 0 && workdays ? '/api/v1/calendar/add-workdays' : null, {
    from: toShanghaiDate(new Date()),
    days: limit.value,
  });
  const naturalDue = limit.value > 0 && !workdays ? new Date(Date.now() + limit.value * 86_400_000).toISOString() : null;
  const dueDate = due.status === 'done' ? due.data.date : naturalDue;
  const department = localName(lang, guide.department.nameZh, guide.department.nameEn);
  const mode = delivery.mode ?? 'window';

  return (
    <Card className="tb-apply-done" data-testid="apply-confirmation">
      <div className="tb-case-result" role="status">
        <CheckCircleFilled className="tb-case-result-icon" aria-hidden="true" />
        <h2 className="tb-case-result-heading">{t('cases.apply.submittedTitle')}</h2>
        <p>{t('cases.apply.submittedBody', { caseNo: submitted.caseNo ?? '' })}</p>
        <p className="tb-case-no-big" data-testid="case-no">
          {submitted.caseNo}
        </p>
        <p className="tb-bundle-promise-date" data-testid="promise">
          {limit.value === 0
            ? t('cases.apply.done.instant')
            : dueDate
              ? t('cases.apply.done.promise', {
                  date: formatPlainDate(dueDate, lang),
                  n: limit.value,
                  unit: t(workdays ? 'cases.apply.done.workdays' : 'cases.apply.done.days'),
                })
              : t('cases.apply.done.promiseDays', { n: limit.value, unit: t(workdays ? 'cases.apply.done.workdays' : 'cases.apply.done.days') })}
        </p>
      </div>
      <h3 className="tb-subheading">{t('cases.apply.done.nextTitle')}</h3>
      <ol className="tb-bundle-next">
        <li>{t('cases.apply.done.next1', { department })}</li>
        <li>{t('cases.apply.done.next2')}</li>
        <li>
          {mode === 'express'
            ? t('cases.apply.done.next3express', { recipient: delivery.recipient ?? '', address: delivery.address ?? '' })
            : t(`cases.apply.done.next3${mode === 'e_licence' ? 'licence' : 'window'}`, { department })}
        </li>
      </ol>
      <div className="tb-case-result-actions">
        {actions ?? (
          <>
            <Button type="primary" onClick={() => navigate(`/portal/me/cases/${submitted.id}`)}>
              {t('cases.apply.viewCase')}
            </Button>
            <Button onClick={() => navigate('/portal/me/cases')}>{t('cases.portal.backToList')}</Button>
          </>
        )}
      </div>
    </Card>
  );
}

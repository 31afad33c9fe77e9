import { CheckCircleFilled, FileSearchOutlined, FormOutlined, PhoneFilled } from '@ant-design/icons';
import { Alert, Button, Checkbox, Descriptions, Form, Input, Result, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useLang, useT } from '../i18n/I18nProvider';
import { toApiError, type ApiError } from '../shared/api';
import { ErrorAlert } from '../shared/ErrorAlert';
import { CategorySelect } from './CategorySelect';
import { EmergencyBanner } from './EmergencyBanner';
import { formatTime, isPhone, normalizePhone } from './format';
import { submitPublicTicket, trackPublicTicket } from './hotlineApi';
import { StatusTag } from './labels';
import { useReference } from './reference';
import type { EmergencyInstruction, PublicTicketResult, TrackResult } from '../../shared/hotline/hotline.wire';
import type { PublicChannel, TicketStatus } from '../../shared/hotline/tickets.enums';

/** The public channels this page can stand for. */
export type { PublicChannel };

const MIN_TEXT = 5;

function emergencyOf(error: ApiError): EmergencyInstruction | null {
  if (error.code !== 'EMERGENCY_MUST_TRANSFER') return null;
  const line = error.details?.line;
  return line === '110' || line === '119' || line === '120' || line === '122' ? { line } : null;
}

/**
 * 12345 for residents: write in (anonymous allowed, category optional) and look up progress by
 * ticket number and the last four digits of the phone. Used by the web form and the mobile page.
 */
export function PublicHotline({ channel, compact = false }: { channel: PublicChannel; compact?: boolean }) {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'track' ? 'track' : 'submit';
  const [tracked, setTracked] = useState<{ no: string; tail: string } | null>(null);

  return (
    <Tabs
      className="tb-hl-public-tabs"
      activeKey={tab}
      onChange={(key) => {
        const next = new URLSearchParams(params);
        if (key === 'track') next.set('tab', 'track');
        else next.delete('tab');
        setParams(next, { replace: true });
      }}
      items={[
        {
          key: 'submit',
          label: (
            <span>
              <FormOutlined aria-hidden="true" /> {t('hotline.public.tabSubmit')}
            </span>
          ),
          children: (
            <SubmitForm
              channel={channel}
              compact={compact}
              onTrack={(no, tail) => {
                setTracked({ no, tail });
                const next = new URLSearchParams(params);
                next.set('tab', 'track');
                setParams(next, { replace: true });
              }}
            />
          ),
        },
        {
          key: 'track',
          label: (
            <span>
              <FileSearchOutlined aria-hidden="true" /> {t('hotline.public.tabTrack')}
            </span>
          ),
          children: <TrackForm initial={tracked} />,
        },
      ]}
    />
  );
}

function SubmitForm({ channel, compact, onTrack }: { channel: PublicChannel; compact: boolean; onTrack: (no: string, tail: string) => void }) {
  const t = useT();
  const { lang } = useLang();
  const refState = useReference();
  const reference = refState.status === 'done' ? refState.ref : null;
  const [text, setText] = useState('');
  const [category, setCategory] = useState<string | undefined>();
  const [address, setAddress] = useState('');
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [email, setEmail] = useState('');
  const [anonymous, setAnonymous] = useState(false);
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [emergency, setEmergency] = useState<EmergencyInstruction | null>(null);
  const [done, setDone] = useState<PublicTicketResult | null>(null);

  const textOk = text.trim().length >= MIN_TEXT;
  const phoneOk = phone.trim() === '' || isPhone(phone);
  const emailOk = email.trim() === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim());

  const submit = async () => {
    setTouched(true);
    setError(null);
    setEmergency(null);
    if (!textOk || !phoneOk || !emailOk) return;
    setBusy(true);
    try {
      const result = await submitPublicTicket({
        channel,
        text: text.trim(),
        categoryCode: category,
        address: address.trim() || undefined,
        name: name.trim() || undefined,
        phone: phone.trim() ? normalizePhone(phone) : undefined,
        email: email.trim() || undefined,
        anonymous,
      });
      setDone(result);
    } catch (caught) {
      const apiError = toApiError(caught);
      const found = emergencyOf(apiError);
      if (found) setEmergency(found);
      else setError(apiError);
    } finally {
      setBusy(false);
    }
  };

  if (done) {
    const tail = phone.trim() ? normalizePhone(phone).slice(-4) : '';
    return (
      <Result
        status="success"
        className="tb-hl-result"
        title={t('hotline.public.doneTitle')}
        subTitle={
          <div className="tb-hl-result-body" role="status">
            <p>
              {t('hotline.public.ticketNo')}:{' '}
              <strong className="tb-hl-ticket-no" data-testid="public-ticket-no">
                {done.ticketNo}
              </strong>
            </p>
            <p>{t('hotline.public.doneDue', { due: formatTime(done.dueAt, lang) })}</p>
            <p>{tail ? t('hotline.public.doneTrack') : t('hotline.public.doneNoPhone')}</p>
          </div>
        }
        extra={[
          tail && (
            <Button key="track" type="primary" onClick={() => onTrack(done.ticketNo, tail)}>
              {t('hotline.public.trackNow')}
            </Button>
          ),
          <Button
            key="again"
            onClick={() => {
              setDone(null);
              setText('');
              setCategory(undefined);
              setAddress('');
              setTouched(false);
            }}
          >
            {t('hotline.public.another')}
          </Button>,
        ]}
      />
    );
  }

  return (
    <Form
      layout="vertical"
      className={compact ? 'tb-hl-public-form tb-hl-public-form-compact' : 'tb-hl-public-form'}
      onSubmitCapture={(event) => event.preventDefault()}
    >
      <Alert type="warning" showIcon icon={<PhoneFilled />} className="tb-hl-alert" title={t('hotline.public.emergencyNotice')} />
      {emergency && <EmergencyBanner emergency={emergency} audience="public" />}
      <Form.Item
        label={t('hotline.public.text')}
        htmlFor="pub-text"
        required
        validateStatus={touched && !textOk ? 'error' : undefined}
        help={touched && !textOk ? t('hotline.public.textTooShort', { n: MIN_TEXT }) : undefined}
        extra={t('hotline.public.textHelp')}
      >
        <Input.TextArea
          id="pub-text"
          value={text}
          onChange={(e) => setText(e.target.value)}
          autoSize={{ minRows: compact ? 4 : 5, maxRows: 12 }}
          maxLength={2000}
          showCount={!compact}
        />
      </Form.Item>
      <Form.Item label={t('hotline.public.category')} htmlFor="pub-category" extra={t('hotline.public.categoryHelp')}>
        <CategorySelect
          id="pub-category"
          reference={reference}
          value={category}
          onChange={setCategory}
          allowClear
          placeholder={t('hotline.public.categoryPlaceholder')}
        />
      </Form.Item>
      <Form.Item label={t('hotline.public.address')} htmlFor="pub-address">
        <Input
          id="pub-address"
          value={address}
          onChange={(e) => setAddress(e.target.value)}
          maxLength={300}
          autoComplete="street-address"
          placeholder={t('hotline.call.addressPlaceholder')}
        />
      </Form.Item>
      <div className={compact ? '' : 'tb-hl-public-grid'}>
        <Form.Item label={t('hotline.public.name')} htmlFor="pub-name">
          <Input id="pub-name" value={name} onChange={(e) => setName(e.target.value)} maxLength={50} autoComplete="name" />
        </Form.Item>
        <Form.Item
          label={t('hotline.public.phone')}
          htmlFor="pub-phone"
          validateStatus={touched && !phoneOk ? 'error' : undefined}
          help={touched && !phoneOk ? t('hotline.call.phoneInvalid') : undefined}
          extra={t('hotline.public.phoneHelp')}
        >
          <Input id="pub-phone" value={phone} onChange={(e) => setPhone(e.target.value)} inputMode="tel" autoComplete="tel" maxLength={20} />
        </Form.Item>
        <Form.Item
          label={t('hotline.public.email')}
          htmlFor="pub-email"
          validateStatus={touched && !emailOk ? 'error' : undefined}
          help={touched && !emailOk ? t('hotline.public.emailInvalid') : undefined}
        >
          <Input id="pub-email" value={email} onChange={(e) => setEmail(e.target.value)} inputMode="email" autoComplete="email" maxLength={200} />
        </Form.Item>
      </div>
      <Form.Item>
        <Checkbox checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)}>
          {t('hotline.public.anonymous')}
        </Checkbox>
      </Form.Item>
      {error && <ErrorAlert error={error} title={t('hotline.public.submitError')} />}
      <Button type="primary" size="large" block={compact} loading={busy} onClick={() => void submit()} className="tb-hl-public-submit">
        {t('hotline.public.submit')}
      </Button>
      <p className="tb-hl-muted tb-hl-public-privacy">{t('hotline.public.privacy')}</p>
    </Form>
  );
}

function TrackForm({ initial }: { initial: { no: string; tail: string } | null }) {
  const t = useT();
  const { lang } = useLang();
  const [no, setNo] = useState(initial?.no ?? '');
  const [tail, setTail] = useState(initial?.tail ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [result, setResult] = useState<TrackResult | null>(null);
  const [touched, setTouched] = useState(false);
  const noOk = /^12345-\d{8}-\d{6}$/.test(no.trim());
  const tailOk = /^\d{4}$/.test(tail.trim());

  const lookup = async () => {
    setTouched(true);
    if (!noOk || !tailOk) return;
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      setResult(await trackPublicTicket(no.trim(), tail.trim()));
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="tb-hl-track">
      <Form layout="vertical" onSubmitCapture={(event) => event.preventDefault()}>
        <Form.Item
          label={t('hotline.public.ticketNo')}
          htmlFor="track-no"
          required
          validateStatus={touched && !noOk ? 'error' : undefined}
          help={touched && !noOk ? t('hotline.public.ticketNoInvalid') : undefined}
        >
          <Input
            id="track-no"
            value={no}
            onChange={(e) => setNo(e.target.value)}
            placeholder="12345-20261128-000001"
            autoComplete="off"
            onPressEnter={() => void lookup()}
          />
        </Form.Item>
        <Form.Item
          label={t('hotline.public.phoneTail')}
          htmlFor="track-tail"
          required
          validateStatus={touched && !tailOk ? 'error' : undefined}
          help={touched && !tailOk ? t('hotline.public.phoneTailInvalid') : undefined}
        >
          <Input
            id="track-tail"
            value={tail}
            onChange={(e) => setTail(e.target.value)}
            inputMode="numeric"
            maxLength={4}
            autoComplete="off"
            onPressEnter={() => void lookup()}
            style={{ maxWidth: 160 }}
          />
        </Form.Item>
        <Button type="primary" loading={busy} onClick={() => void lookup()}>
          {t('hotline.public.lookup')}
        </Button>
      </Form>
      <div aria-live="polite" className="tb-hl-track-result">
        {error && <ErrorAlert error={error} />}
        {result && (
          <section aria-labelledby="track-result-title" className="tb-hl-panel">
            <h2 id="track-result-title" className="tb-card-title">
              <CheckCircleFilled aria-hidden="true" /> {result.ticketNo} <StatusTag status={result.status as TicketStatus} />
            </h2>
            <Descriptions
              size="small"
              column={1}
              items={[
                { key: 'category', label: t('hotline.detail.category'), children: result.categoryNameZh },
                { key: 'created', label: t('hotline.detail.created'), children: formatTime(result.createdAt, lang) },
                { key: 'due', label: t('hotline.detail.due'), children: formatTime(result.dueAt, lang) },
                {
                  key: 'reply',
                  label: t('hotline.detail.reply'),
                  children: result.reply ? <span className="tb-hl-pre">{result.reply}</span> : t('hotline.public.noReplyYet'),
                },
                ...(result.closedAt ? [{ key: 'closed', label: t('hotline.public.closedAt'), children: formatTime(result.closedAt, lang) }] : []),
              ]}
            />
          </section>
        )}
      </div>
    </div>
  );
}

/** `/hotline-report`: the public web form inside the portal frame. */
export function PublicReportPage() {
  const t = useT();
  return (
    <div className="tb-container tb-page tb-hl-public">
      <Typography.Title level={1} className="tb-page-title">
        {t('hotline.public.title')}
      </Typography.Title>
      <p className="tb-lead">{t('hotline.public.lead')}</p>
      <div className="tb-hl-panel">
        <PublicHotline channel="web" />
      </div>
    </div>
  );
}

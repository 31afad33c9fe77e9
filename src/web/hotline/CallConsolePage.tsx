import { CheckCircleFilled, EnvironmentOutlined, MessageOutlined, PhoneOutlined, ShopOutlined } from '@ant-design/icons';
import { Alert, App, Button, Checkbox, Col, Form, Input, Result, Row, Space, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { useLang, useT } from '../i18n/I18nProvider';
import { ApiError, isAbortError, toApiError } from '../shared/api';
import { ErrorAlert } from '../shared/ErrorAlert';
import { useApiQuery } from '../shared/useApiQuery';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import { useAuth } from '../app/auth';
import { BaotouMap } from './BaotouMap';
import { CallerHistory } from './CallerHistory';
import { CategorySelect } from './CategorySelect';
import { EmergencyBanner } from './EmergencyBanner';
import { formatTime, isPhone, maskPhone, normalizePhone } from './format';
import { classifyText, createTicket, findCallerTickets, takeCall, type CallInput } from './hotlineApi';
import { KnowledgeSearch } from './KnowledgeSearch';
import { StatusTag } from './labels';
import { PhoneField } from './PhoneField';
import { categoryPath, departmentName, useReference } from './reference';
import { SuggestionCard, type ClassifyState } from './SuggestionCard';
import type { CreatedTicket, EmergencyInstruction, KbArticle } from '../../shared/hotline/hotline.wire';
import type { LngLat } from './baotouMap';
import './hotline.css';

/** Wait this long after the last keystroke before asking the classifier. */
const CLASSIFY_DEBOUNCE_MS = 450;
/** Shorter texts say too little to classify. */
const CLASSIFY_MIN_CHARS = 4;
/** Where consumer complaints are also lodged (市场监管 12315). */
export const LINK_12315 = 'https://www.12315.cn/';

type Outcome = { kind: 'emergency'; emergency: EmergencyInstruction; logged: boolean } | { kind: 'created'; ticket: CreatedTicket; answered: boolean };

/** The emergency instruction a refused ticket (422 EMERGENCY_MUST_TRANSFER) carries in its details. */
function emergencyFromError(error: ApiError): EmergencyInstruction | null {
  if (error.code !== 'EMERGENCY_MUST_TRANSFER') return null;
  const line = error.details?.line;
  if (line !== '110' && line !== '119' && line !== '120' && line !== '122') return null;
  const text = (key: string) => (typeof error.details?.[key] === 'string' ? (error.details[key] as string) : undefined);
  return { line, nameZh: text('nameZh'), nameEn: text('nameEn'), instructionZh: text('instructionZh'), instructionEn: text('instructionEn') };
}

/**
 * `/hotline/calls`: the agent console. The agent types what the caller says; the classifier
 * suggests a category as they type and flags emergencies at once; the caller's earlier tickets
 * and the knowledge base sit beside the form. The call ends as a ticket, as an answer given at
 * first contact (stored closed), or — for an emergency — as a logged transfer and no ticket.
 */
export function CallConsolePage() {
  const t = useT();
  const { lang } = useLang();
  const { me } = useAuth();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const refState = useReference();
  const reference = refState.status === 'done' ? refState.ref : null;
  useDocumentTitle(t('hotline.call.title'));

  const [phone, setPhone] = useState('');
  const [name, setName] = useState('');
  const [anonymous, setAnonymous] = useState(false);
  const [text, setText] = useState('');
  const [address, setAddress] = useState('');
  const [point, setPoint] = useState<LngLat | null>(null);
  const [showMap, setShowMap] = useState(false);
  const [category, setCategory] = useState<string | undefined>();
  const [categoryTouched, setCategoryTouched] = useState(false);
  const [classify, setClassify] = useState<ClassifyState>({ status: 'idle' });
  const [article, setArticle] = useState<KbArticle | null>(null);
  const [answer, setAnswer] = useState('');
  const [callId, setCallId] = useState<number | null>(null);
  const [submitting, setSubmitting] = useState<'ticket' | 'answered' | 'emergency' | null>(null);
  const [submitError, setSubmitError] = useState<ApiError | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [showErrors, setShowErrors] = useState(false);
  const [kbQuery, setKbQuery] = useState('');
  const topRef = useRef<HTMLDivElement>(null);

  const isHotlineStaff = !!me?.roles.some((role) => role === 'hotline_agent' || role === 'dispatcher');
  const phoneValid = phone === '' || isPhone(phone);
  const phoneReady = phone !== '' && isPhone(phone);

  // Live classification, debounced; the previous request is aborted when the text changes.
  useEffect(() => {
    const trimmed = text.trim();
    if (trimmed.length < CLASSIFY_MIN_CHARS || !isHotlineStaff) {
      setClassify({ status: 'idle' });
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setClassify((previous) => ({ status: 'loading', previous: previous.status === 'done' ? previous.data : previous.status === 'loading' ? previous.previous : null }));
      classifyText(trimmed, controller.signal)
        .then((data) => setClassify({ status: 'done', data }))
        .catch((error: unknown) => {
          if (!isAbortError(error)) setClassify({ status: 'error', error: toApiError(error) });
        });
    }, CLASSIFY_DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text, isHotlineStaff]);

  // The knowledge search follows the caller's words, a little more lazily than the classifier.
  useEffect(() => {
    const timer = setTimeout(() => setKbQuery(text.trim().slice(0, 60)), 900);
    return () => clearTimeout(timer);
  }, [text]);

  // The suggestion fills the category until the agent picks one themselves.
  const suggestion = classify.status === 'done' ? classify.data : null;
  useEffect(() => {
    if (!categoryTouched && suggestion && !suggestion.emergency) setCategory(suggestion.category);
  }, [suggestion, categoryTouched]);

  // The caller's earlier tickets once a full number is entered.
  const normalized = phoneReady && isHotlineStaff ? normalizePhone(phone) : '';
  const callerTickets = useApiQuery(normalized ? (signal) => findCallerTickets(normalized, signal) : null, [normalized]);
  const history = normalized ? callerTickets : null;

  const liveEmergency = suggestion?.emergency
    ? { line: suggestion.emergency, reason: suggestion.emergencyReason ?? null }
    : null;
  const chosenCategory = category ? reference?.categories.get(category) : undefined;
  const corrected = !!suggestion && !suggestion.emergency && !!category && category !== suggestion.category;
  const consumer = chosenCategory?.linkedHotline === '12315' || (!category && suggestion?.linkedHotline === '12315');

  const reset = () => {
    setPhone('');
    setName('');
    setAnonymous(false);
    setText('');
    setAddress('');
    setPoint(null);
    setShowMap(false);
    setCategory(undefined);
    setCategoryTouched(false);
    setClassify({ status: 'idle' });
    setArticle(null);
    setAnswer('');
    setCallId(null);
    setSubmitError(null);
    setOutcome(null);
    setShowErrors(false);
    setKbQuery('');
    setTimeout(() => document.getElementById('hl-phone')?.focus(), 0);
  };

  const callInput = (): CallInput => ({
    callerPhone: phoneReady ? normalizePhone(phone) : undefined,
    callerName: name.trim() || undefined,
    text: text.trim(),
    address: address.trim() || undefined,
    lat: point?.lat,
    lng: point?.lng,
  });

  /** Logs the call once (kept for retries); an emergency ends it there. */
  const ensureCall = async (): Promise<{ callId: number; emergency: EmergencyInstruction | null }> => {
    if (callId !== null) return { callId, emergency: null };
    const result = await takeCall(callInput());
    setCallId(result.callId);
    return { callId: result.callId, emergency: result.emergency };
  };

  const showOutcome = (next: Outcome) => {
    setOutcome(next);
    setTimeout(() => topRef.current?.focus(), 0);
  };

  const submit = async (kind: 'ticket' | 'answered') => {
    setShowErrors(true);
    setSubmitError(null);
    if (!text.trim() || !category || !phoneValid || (kind === 'answered' && !answer.trim())) return;
    setSubmitting(kind);
    try {
      const call = await ensureCall();
      if (call.emergency) {
        showOutcome({ kind: 'emergency', emergency: call.emergency, logged: true });
        return;
      }
      const ticket = await createTicket({
        ...callInput(),
        text: text.trim(),
        callId: call.callId,
        anonymous,
        categoryCode: category,
        resolution: kind,
        ...(kind === 'answered' ? { answer: answer.trim(), kbArticleId: article?.id } : {}),
      });
      showOutcome({ kind: 'created', ticket, answered: kind === 'answered' });
    } catch (error) {
      const apiError = toApiError(error);
      const emergency = emergencyFromError(apiError);
      if (emergency) showOutcome({ kind: 'emergency', emergency, logged: true });
      else setSubmitError(apiError);
    } finally {
      setSubmitting(null);
    }
  };

  /** The agent has started the three-way call: log the transfer (the server keeps no ticket). */
  const logTransfer = async () => {
    setSubmitting('emergency');
    setSubmitError(null);
    try {
      const result = await takeCall(callInput());
      setCallId(result.callId);
      const emergency = result.emergency ?? (liveEmergency ? { ...liveEmergency } : null);
      if (emergency) showOutcome({ kind: 'emergency', emergency, logged: !!result.emergency });
    } catch (error) {
      setSubmitError(toApiError(error));
    } finally {
      setSubmitting(null);
    }
  };

  /** The line dropped before the agent could answer: logged as abandoned (connection rate). */
  const logAbandoned = async () => {
    setSubmitError(null);
    try {
      await takeCall({ answered: false, callerPhone: phoneReady ? normalizePhone(phone) : undefined });
      void message.success(t('hotline.call.abandonedLogged'));
      reset();
    } catch (error) {
      setSubmitError(toApiError(error));
    }
  };

  const chooseArticle = (chosen: KbArticle) => {
    if (article?.id === chosen.id) {
      setArticle(null);
      setAnswer('');
      return;
    }
    setArticle(chosen);
    setAnswer(chosen.answer);
    if (!categoryTouched && chosen.categoryCode) setCategory(chosen.categoryCode);
  };

  return (
    <div className="tb-hl-page">
      <div ref={topRef} tabIndex={-1} className="tb-hl-focus-target">
        <Typography.Title level={1} className="tb-page-title">
          {t('hotline.call.title')}
        </Typography.Title>
      </div>

      {outcome?.kind === 'emergency' && (
        <div className="tb-hl-outcome">
          <EmergencyBanner emergency={outcome.emergency}>
            <p className="tb-hl-emergency-logged">
              <CheckCircleFilled aria-hidden="true" /> {t(outcome.logged ? 'hotline.emergency.logged' : 'hotline.emergency.notLogged')}
            </p>
          </EmergencyBanner>
          <Button type="primary" size="large" icon={<PhoneOutlined />} onClick={reset}>
            {t('hotline.call.next')}
          </Button>
        </div>
      )}

      {outcome?.kind === 'created' && (
        <Result
          status="success"
          className="tb-hl-result"
          title={t(outcome.answered ? 'hotline.call.answeredTitle' : 'hotline.call.createdTitle')}
          subTitle={
            <div className="tb-hl-result-body">
              <p>
                {t('hotline.ticket.no')}: <strong className="tb-hl-ticket-no" data-testid="created-ticket-no">{outcome.ticket.ticketNo}</strong> <StatusTag status={outcome.ticket.status} />
              </p>
              <p>{categoryPath(reference, outcome.ticket.categoryCode, lang)} · {departmentName(reference, outcome.ticket.departmentCode, lang)}</p>
              {!outcome.answered && <p>{t('hotline.call.dueAt', { due: formatTime(outcome.ticket.dueAt, lang) })}</p>}
              {outcome.ticket.repeatCall && <p>{t('hotline.call.repeatFlag')}</p>}
              {outcome.ticket.linkedHotline === '12315' && (
                <p>
                  {t('hotline.call.linked12315')}{' '}
                  <a href={LINK_12315} target="_blank" rel="noreferrer">
                    {t('hotline.link12315')}
                  </a>
                </p>
              )}
            </div>
          }
          extra={[
            <Button key="next" type="primary" size="large" icon={<PhoneOutlined />} onClick={reset}>
              {t('hotline.call.next')}
            </Button>,
            <Button key="open" size="large" onClick={() => navigate(`/hotline/tickets?id=${outcome.ticket.id}`)}>
              {t('hotline.call.openTicket')}
            </Button>,
          ]}
        />
      )}

      {!isHotlineStaff && (
        <>
          <Alert type="info" showIcon title={t('hotline.call.notAgent')} className="tb-hl-alert" />
          <section className="tb-hl-panel">
            <KnowledgeSearch compact reference={reference} />
          </section>
        </>
      )}

      {!outcome && isHotlineStaff && (
        <Row gutter={[20, 20]}>
          <Col xs={24} xl={14}>
            {liveEmergency && (
              <EmergencyBanner emergency={liveEmergency}>
                <Space wrap>
                  <Button danger type="primary" size="large" loading={submitting === 'emergency'} onClick={() => void logTransfer()}>
                    {t('hotline.emergency.transferDone', { line: liveEmergency.line })}
                  </Button>
                </Space>
              </EmergencyBanner>
            )}
            <section className="tb-hl-panel" aria-labelledby="hl-call-form">
              <h2 id="hl-call-form" className="tb-card-title">
                <PhoneOutlined aria-hidden="true" /> {t('hotline.call.formTitle')}
              </h2>
              <Form layout="vertical" onSubmitCapture={(event) => event.preventDefault()}>
                <Row gutter={16}>
                  <Col xs={24} md={12}>
                    <Form.Item
                      label={t('hotline.call.phone')}
                      htmlFor="hl-phone"
                      validateStatus={!phoneValid ? 'error' : undefined}
                      help={!phoneValid ? t('hotline.call.phoneInvalid') : undefined}
                      extra={t('hotline.call.phoneHelp')}
                    >
                      <PhoneField id="hl-phone" value={phone} onChange={setPhone} invalid={!phoneValid} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={12}>
                    <Form.Item label={t('hotline.call.name')} htmlFor="hl-name">
                      <Input id="hl-name" value={name} maxLength={50} autoComplete="off" onChange={(event) => setName(event.target.value)} />
                    </Form.Item>
                  </Col>
                </Row>
                <Form.Item>
                  <Checkbox checked={anonymous} onChange={(event) => setAnonymous(event.target.checked)}>
                    {t('hotline.call.anonymous')}
                  </Checkbox>
                </Form.Item>
                <Form.Item
                  label={t('hotline.call.text')}
                  htmlFor="hl-text"
                  required
                  validateStatus={showErrors && !text.trim() ? 'error' : undefined}
                  help={showErrors && !text.trim() ? t('hotline.call.textRequired') : undefined}
                >
                  <Input.TextArea
                    id="hl-text"
                    value={text}
                    onChange={(event) => setText(event.target.value)}
                    autoSize={{ minRows: 4, maxRows: 10 }}
                    maxLength={4000}
                    showCount
                    placeholder={t('hotline.call.textPlaceholder')}
                  />
                </Form.Item>
                <SuggestionCard
                  state={classify}
                  reference={reference}
                  chosen={category}
                  onChoose={(code) => {
                    setCategory(code);
                    setCategoryTouched(true);
                  }}
                />
                <Form.Item
                  label={t('hotline.call.category')}
                  htmlFor="hl-category"
                  required
                  className="tb-hl-category-item"
                  validateStatus={showErrors && !category ? 'error' : undefined}
                  help={showErrors && !category ? t('hotline.call.categoryRequired') : corrected ? t('hotline.call.correction') : undefined}
                >
                  <CategorySelect
                    id="hl-category"
                    reference={reference}
                    value={category}
                    onChange={(code) => {
                      setCategory(code);
                      setCategoryTouched(true);
                    }}
                  />
                </Form.Item>
                {consumer && (
                  <Alert
                    className="tb-hl-alert"
                    type="info"
                    showIcon
                    icon={<ShopOutlined />}
                    title={t('hotline.call.consumerTitle')}
                    description={
                      <>
                        {t('hotline.call.consumerDesc')}{' '}
                        <a href={LINK_12315} target="_blank" rel="noreferrer">
                          {t('hotline.link12315')}
                        </a>
                      </>
                    }
                  />
                )}
                <Form.Item label={t('hotline.call.address')} htmlFor="hl-address">
                  <Input
                    id="hl-address"
                    value={address}
                    maxLength={300}
                    autoComplete="off"
                    placeholder={t('hotline.call.addressPlaceholder')}
                    onChange={(event) => setAddress(event.target.value)}
                  />
                </Form.Item>
                <Button type="link" icon={<EnvironmentOutlined />} onClick={() => setShowMap((open) => !open)} aria-expanded={showMap} className="tb-hl-map-toggle">
                  {showMap ? t('hotline.map.hide') : point ? t('hotline.map.change') : t('hotline.map.show')}
                </Button>
                {showMap && <BaotouMap value={point} onChange={setPoint} reference={reference} />}
                {!showMap && point && <p className="tb-hl-muted">{t('hotline.map.pickedShort', { lat: point.lat.toFixed(4), lng: point.lng.toFixed(4) })}</p>}

                {article && (
                  <div className="tb-hl-answer">
                    <Form.Item label={t('hotline.call.answer', { title: article.title })} htmlFor="hl-answer">
                      <Input.TextArea id="hl-answer" value={answer} onChange={(event) => setAnswer(event.target.value)} autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} />
                    </Form.Item>
                  </div>
                )}

                {submitError && <ErrorAlert error={submitError} title={t('hotline.call.submitError')} />}
                <div className="tb-hl-actions">
                  <Button
                    type="primary"
                    size="large"
                    disabled={!!liveEmergency || !isHotlineStaff}
                    loading={submitting === 'ticket'}
                    onClick={() => void submit('ticket')}
                  >
                    {t('hotline.call.createTicket')}
                  </Button>
                  <Button
                    size="large"
                    icon={<MessageOutlined />}
                    disabled={!!liveEmergency || !article || !isHotlineStaff}
                    loading={submitting === 'answered'}
                    onClick={() => void submit('answered')}
                  >
                    {t('hotline.call.answerAndClose')}
                  </Button>
                  <Button size="large" type="text" onClick={reset}>
                    {t('hotline.call.clear')}
                  </Button>
                  <Button size="large" type="text" onClick={() => void logAbandoned()} disabled={callId !== null}>
                    {t('hotline.call.abandoned')}
                  </Button>
                </div>
                {!article && <p className="tb-hl-muted tb-hl-actions-hint">{t('hotline.call.answerHint')}</p>}
              </Form>
            </section>
          </Col>
          <Col xs={24} xl={10}>
            <div className="tb-hl-side">
              <CallerHistory phone={phoneReady ? maskPhone(phone) : ''} load={history} reference={reference} />
              <section className="tb-hl-panel">
                <KnowledgeSearch compact pageSize={5} query={kbQuery} onUse={chooseArticle} usedId={article?.id ?? null} reference={reference} />
              </section>
            </div>
          </Col>
        </Row>
      )}
      {refState.status === 'error' && <ErrorAlert error={refState.error} title={t('hotline.reference.error')} onRetry={refState.retry} />}
    </div>
  );
}

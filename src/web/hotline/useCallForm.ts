import { App } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useAuth } from '../app/auth';
import { useT } from '../i18n/I18nProvider';
import { toApiError, type ApiError } from '../shared/api';
import { useSettled } from '../shared/useSettled';
import { useApiQuery } from '../shared/useApiQuery';
import { isPhone, normalizePhone } from './format';
import { classifyText, createTicket, findCallerTickets, takeCall, type CallInput } from './hotlineApi';
import type { Reference } from './reference';
import type { ClassifyState } from './SuggestionCard';
import type { CreatedTicket, EmergencyInstruction, KbArticle } from '../../shared/hotline/hotline.wire';
import type { LngLat } from './baotouMap';

/** Wait this long after the last keystroke before asking the classifier. */
const CLASSIFY_DEBOUNCE_MS = 450;
/** Shorter texts say too little to classify. */
const CLASSIFY_MIN_CHARS = 4;
/** The knowledge search follows the caller's words, a little more lazily than the classifier. */
const KB_DEBOUNCE_MS = 900;

export type Outcome = { kind: 'emergency'; emergency: EmergencyInstruction; logged: boolean } | { kind: 'created'; ticket: CreatedTicket; answered: boolean };

export type Submitting = 'ticket' | 'answered' | 'emergency' | null;

/** The emergency instruction a refused ticket (422 EMERGENCY_MUST_TRANSFER) carries in its details. */
function emergencyFromError(error: ApiError): EmergencyInstruction | null {
  if (error.code !== 'EMERGENCY_MUST_TRANSFER') return null;
  const line = error.details?.line;
  if (line !== '110' && line !== '119' && line !== '120' && line !== '122') return null;
  const text = (key: string) => (typeof error.details?.[key] === 'string' ? (error.details[key] as string) : undefined);
  return { line, nameZh: text('nameZh'), nameEn: text('nameEn'), instructionZh: text('instructionZh'), instructionEn: text('instructionEn') };
}

/**
 * The agent console's state: what the agent typed, what the server suggests about it (live
 * classification, the caller's earlier tickets), and the ways a call ends (a ticket, an answer at
 * first contact, a logged emergency transfer, an abandoned call). The page only lays it out.
 */
export function useCallForm(reference: Reference | null) {
  const t = useT();
  const { me } = useAuth();
  const { message } = App.useApp();

  const [phone, setPhone] = useState('');
  const [name, setName] = useState('');
  const [anonymous, setAnonymous] = useState(false);
  const [text, setText] = useState('');
  const [address, setAddress] = useState('');
  const [point, setPoint] = useState<LngLat | null>(null);
  const [showMap, setShowMap] = useState(false);
  const [category, setCategory] = useState<string | undefined>();
  const [categoryTouched, setCategoryTouched] = useState(false);
  const [article, setArticle] = useState<KbArticle | null>(null);
  const [answer, setAnswer] = useState('');
  const [callId, setCallId] = useState<number | null>(null);
  const [submitting, setSubmitting] = useState<Submitting>(null);
  const [submitError, setSubmitError] = useState<ApiError | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [showErrors, setShowErrors] = useState(false);
  const topRef = useRef<HTMLDivElement>(null);

  const isHotlineStaff = !!me?.roles.some((role) => role === 'hotline_agent' || role === 'dispatcher');
  const phoneValid = phone === '' || isPhone(phone);
  const phoneReady = phone !== '' && isPhone(phone);

  // Live classification of the caller's words, debounced; a stale request is aborted.
  const trimmed = text.trim();
  const toClassify = trimmed.length >= CLASSIFY_MIN_CHARS && isHotlineStaff ? trimmed : '';
  const classifying = useSettled(toClassify, CLASSIFY_DEBOUNCE_MS);
  const classification = useApiQuery(classifying ? (signal) => classifyText(classifying, signal) : null, [classifying]);
  const classify: ClassifyState =
    !toClassify || !classifying
      ? { status: 'idle' }
      : classification.status === 'loading'
        ? { status: 'loading', previous: classification.data ?? null }
        : classification.status === 'error'
          ? { status: 'error', error: classification.error }
          : { status: 'done', data: classification.data };

  const kbQuery = useSettled(trimmed.slice(0, 60), KB_DEBOUNCE_MS);

  // The suggestion fills the category until the agent picks one themselves.
  const suggestion = classify.status === 'done' ? classify.data : null;
  useEffect(() => {
    if (!categoryTouched && suggestion && !suggestion.emergency) setCategory(suggestion.category);
  }, [suggestion, categoryTouched]);

  // The caller's earlier tickets once a full number is entered.
  const normalized = phoneReady && isHotlineStaff ? normalizePhone(phone) : '';
  const callerTickets = useApiQuery(normalized ? (signal) => findCallerTickets(normalized, signal) : null, [normalized]);
  const history = normalized ? callerTickets : null;

  const liveEmergency = suggestion?.emergency ? { line: suggestion.emergency, reason: suggestion.emergencyReason ?? null } : null;
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
    setArticle(null);
    setAnswer('');
    setCallId(null);
    setSubmitError(null);
    setOutcome(null);
    setShowErrors(false);
    setTimeout(() => document.getElementById('hl-phone')?.focus(), 0);
  };

  /** The agent's own choice of category; the suggestion no longer overrides it. */
  const chooseCategory = (code: string | undefined) => {
    setCategory(code);
    setCategoryTouched(true);
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

  return {
    /** What the agent typed or chose, with the setters the inputs call. */
    values: { phone, name, anonymous, text, address, point, showMap, category, article, answer },
    set: {
      phone: setPhone,
      name: setName,
      anonymous: setAnonymous,
      text: setText,
      address: setAddress,
      point: setPoint,
      showMap: setShowMap,
      answer: setAnswer,
    },
    /** What follows from it. */
    derived: { isHotlineStaff, phoneValid, phoneReady, classify, kbQuery, history, liveEmergency, corrected, consumer, showErrors },
    /** How the call is going. */
    status: { callId, submitting, submitError, outcome, topRef },
    actions: { submit, logTransfer, logAbandoned, chooseArticle, chooseCategory, reset },
  };
}

export type CallForm = ReturnType<typeof useCallForm>;

import {
  CheckCircleFilled,
  ClockCircleFilled,
  CloseCircleFilled,
  ExclamationCircleFilled,
  MinusCircleFilled,
  PauseCircleFilled,
  StopFilled,
  WarningFilled,
} from '@ant-design/icons';
import type { ComponentType } from 'react';
import { useT } from '../../i18n/I18nProvider';
import type { CaseLight as Light, CaseStatus } from '../../../shared/cases/cases.enums';

type Tone = 'neutral' | 'progress' | 'waiting' | 'good' | 'bad' | 'paused';

const STATUS_TONE: Record<CaseStatus, Tone> = {
  draft: 'neutral',
  submitted: 'progress',
  prechecked: 'progress',
  correction_requested: 'paused',
  accepted: 'progress',
  routed: 'progress',
  reviewed: 'progress',
  special_procedure: 'paused',
  approved: 'good',
  denied: 'bad',
  completed: 'good',
  issued: 'good',
  not_accepted: 'bad',
  withdrawn: 'neutral',
  returned: 'bad',
};

const TONE_ICON: Record<Tone, ComponentType> = {
  neutral: MinusCircleFilled,
  progress: ClockCircleFilled,
  waiting: ClockCircleFilled,
  good: CheckCircleFilled,
  bad: CloseCircleFilled,
  paused: PauseCircleFilled,
};

/** A case's status as a word with an icon; the colour only repeats what the word says. */
export function StatusTag({ status }: { status: CaseStatus }) {
  const t = useT();
  const tone = STATUS_TONE[status];
  const Icon = TONE_ICON[tone];
  return (
    <span className={`tb-case-tag tb-case-tag--${tone}`}>
      <Icon aria-hidden="true" />
      {t(`cases.status.${status}`)}
    </span>
  );
}

const LIGHT_ICON: Record<Light, ComponentType> = {
  green: CheckCircleFilled,
  yellow: ExclamationCircleFilled,
  red: WarningFilled,
  overdue: StopFilled,
};

/**
 * The supervision light: a distinct icon and its name ("黄灯 · 预警"), so it reads without colour
 * and in greyscale print.
 */
export function LightBadge({ light, paused = false }: { light: Light | null; paused?: boolean }) {
  const t = useT();
  if (!light) return <span className="tb-light tb-light--none">{t('cases.light.none')}</span>;
  const Icon = LIGHT_ICON[light];
  return (
    <span className={`tb-light tb-light--${light}`}>
      <Icon aria-hidden="true" />
      {t(`cases.light.${light}`)}
      {paused && <span className="tb-light-paused">· {t('cases.clock.pausedShort')}</span>}
    </span>
  );
}

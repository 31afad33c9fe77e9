import { CheckCircleFilled, ClockCircleFilled, MinusCircleFilled, PauseCircleFilled } from '@ant-design/icons';
import type { ComponentType } from 'react';
import { useT } from '../i18n/I18nProvider';
import type { BundleStatus } from './bundleTypes';

const TONE: Record<BundleStatus, { tone: string; icon: ComponentType }> = {
  submitted: { tone: 'progress', icon: ClockCircleFilled },
  in_progress: { tone: 'progress', icon: ClockCircleFilled },
  correction_requested: { tone: 'paused', icon: PauseCircleFilled },
  ready: { tone: 'good', icon: CheckCircleFilled },
  completed: { tone: 'good', icon: CheckCircleFilled },
  withdrawn: { tone: 'neutral', icon: MinusCircleFilled },
};

/** A bundle's status as a word with an icon, styled like a case's (the colour repeats the word). */
export function BundleStatusTag({ status }: { status: BundleStatus }) {
  const t = useT();
  const { tone, icon: Icon } = TONE[status];
  return (
    <span className={`tb-case-tag tb-case-tag--${tone}`}>
      <Icon aria-hidden="true" />
      {t(`bundles.status.${status}`)}
    </span>
  );
}

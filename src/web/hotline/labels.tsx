import { Tag } from 'antd';
import type { ReactNode } from 'react';
import { useT, type Translate } from '../i18n/I18nProvider';
import type { Limit } from '../../shared/hotline/hotline.wire';
import type { TicketChannel, TicketLight as Light, TicketStatus, Urgency } from '../../shared/hotline/tickets.enums';

/** Small visual vocabulary of the hotline pages: status tags, lights, channels, limits. */

/** Tag tones with text dark enough for WCAG AA on their tint (antd's preset colours are not). */
export type Tone = 'gold' | 'blue' | 'geekblue' | 'volcano' | 'cyan' | 'green' | 'grey' | 'orange' | 'purple' | 'red';

export function ToneTag({ tone, children }: { tone: Tone; children: ReactNode }) {
  return <Tag className={`tb-hl-tag tb-hl-tag-${tone}`}>{children}</Tag>;
}

const STATUS_COLOURS: Record<TicketStatus, Tone> = {
  pending_dispatch: 'gold',
  dispatched: 'blue',
  processing: 'geekblue',
  returned: 'volcano',
  replied: 'cyan',
  closed: 'green',
  merged: 'grey',
};

export function StatusTag({ status }: { status: TicketStatus }) {
  const t = useT();
  return <ToneTag tone={STATUS_COLOURS[status]}>{t(`hotline.status.${status}`)}</ToneTag>;
}

/** A light is never colour alone: a coloured dot plus its name (绿灯 / 黄灯 / 红灯). */
export function LightBadge({ light }: { light: Light | null | undefined }) {
  const t = useT();
  if (!light) return <span className="tb-hl-light tb-hl-light-none">{t('hotline.light.none')}</span>;
  return (
    <span className={`tb-hl-light tb-hl-light-${light}`}>
      <span className="tb-hl-light-dot" aria-hidden="true" />
      {t(`hotline.light.${light}`)}
    </span>
  );
}

/** A channel's name. */
export function channelLabel(t: Translate, channel: TicketChannel): string {
  return t(`hotline.channel.${channel}`);
}

export function urgencyLabel(t: Translate, urgency: Urgency): string {
  return t(`hotline.urgency.${urgency}`);
}

/** "24 小时" / "5 个工作日". */
export function limitLabel(t: Translate, limit: Limit | null | undefined): string {
  if (!limit) return '';
  return t(limit.unit === 'hours' ? 'hotline.limit.hours' : 'hotline.limit.workdays', { n: limit.value });
}

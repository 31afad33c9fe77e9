import { AlertFilled } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { useLang, useT } from '../i18n/I18nProvider';
import type { EmergencyInstruction } from '../../shared/hotline/hotline.wire';

/**
 * The unmistakable emergency banner: the line to call in large digits, what it is for, and the
 * 三方通话 transfer instruction. Announced at once (role="alert"). Emergencies are never kept as
 * tickets, so whatever form it sits on cannot create one while it shows.
 */
export function EmergencyBanner({
  emergency,
  audience = 'agent',
  children,
}: {
  emergency: EmergencyInstruction;
  audience?: 'agent' | 'public';
  children?: ReactNode;
}) {
  const t = useT();
  const { lang } = useLang();
  const lineName = (lang === 'en-US' ? emergency.nameEn : emergency.nameZh) ?? t(`hotline.emergency.line.${emergency.line}`);
  const serverInstruction = lang === 'en-US' ? emergency.instructionEn : emergency.instructionZh;
  const instruction =
    audience === 'public'
      ? t('hotline.emergency.publicInstruction', { line: emergency.line })
      : (serverInstruction ?? t('hotline.emergency.instruction', { line: emergency.line, name: lineName }));
  return (
    <div className="tb-hl-emergency" role="alert" data-testid="emergency-banner">
      <div className="tb-hl-emergency-icon" aria-hidden="true">
        <AlertFilled />
      </div>
      <div className="tb-hl-emergency-body">
        <p className="tb-hl-emergency-kicker">{t(audience === 'public' ? 'hotline.emergency.publicTitle' : 'hotline.emergency.title')}</p>
        <p className="tb-hl-emergency-line">
          <span className="tb-hl-emergency-number">{emergency.line}</span>
          <span className="tb-hl-emergency-name">{lineName}</span>
        </p>
        <p className="tb-hl-emergency-instruction">{instruction}</p>
        {emergency.reason && audience === 'agent' && <p className="tb-hl-emergency-reason">{t('hotline.emergency.reason', { reason: emergency.reason })}</p>}
        {children}
      </div>
    </div>
  );
}

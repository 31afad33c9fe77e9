import { EyeOutlined } from '@ant-design/icons';
import { Button, Popconfirm } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n/I18nProvider';
import { useNotifyError } from '../../shared/useNotifyError';
import { revealIdentity } from './casesApi';

export type Revealed = Awaited<ReturnType<typeof revealIdentity>>;

/**
 * Case pages show the applicant's resident ID and mobile masked (docs/decisions.md D25). Whoever
 * must compare them — the window clerk with the ID card in hand — asks for them in full; the
 * server records who did and why.
 */
export function RevealIdentityButton({ caseId, audience, onRevealed }: { caseId: string; audience: 'applicant' | 'staff'; onRevealed: (r: Revealed) => void }) {
  const t = useT();
  const notifyError = useNotifyError();
  const [busy, setBusy] = useState(false);
  const reveal = async () => {
    setBusy(true);
    try {
      onRevealed(await revealIdentity(caseId, t(audience === 'staff' ? 'cases.reveal.reasonStaff' : 'cases.reveal.reasonOwn')));
    } catch (e) {
      notifyError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Popconfirm
      title={t('cases.reveal.confirmTitle')}
      description={t('cases.reveal.confirmText')}
      okText={t('cases.reveal.ok')}
      cancelText={t('cases.reveal.cancel')}
      onConfirm={reveal}
    >
      <Button type="link" size="small" icon={<EyeOutlined aria-hidden="true" />} loading={busy} className="tb-reveal">
        {t('cases.reveal.button')}
      </Button>
    </Popconfirm>
  );
}

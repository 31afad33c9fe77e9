import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n/I18nProvider';
import { toApiError, type ApiError } from '../../shared/api';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { printNotice } from './kioskApi';

/**
 * 打印告知书 at the kiosk (docs/decisions.md D32): the case's notice of its stage goes to this
 * kiosk's printer; the person is told to collect it, or why it did not print.
 */
export function KioskPrintButton({ caseId, label, primary = false }: { caseId: string; label?: string; primary?: boolean }) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [printed, setPrinted] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const print = async () => {
    setBusy(true);
    setPrinted(null);
    setError(null);
    try {
      setPrinted((await printNotice(caseId)).title);
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="tb-kiosk-print">
      <Button
        type={primary ? 'primary' : 'default'}
        icon={<PrinterOutlined aria-hidden="true" />}
        loading={busy}
        aria-label={label}
        onClick={() => void print()}
      >
        {busy ? t('kiosk.printing') : t('kiosk.print')}
      </Button>
      {printed && <Alert type="success" showIcon role="status" title={t('kiosk.printed', { title: printed })} />}
      {error && <ErrorAlert error={error} title={t('kiosk.printFailed')} />}
    </div>
  );
}

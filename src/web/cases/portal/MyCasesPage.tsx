import { PlusOutlined } from '@ant-design/icons';
import { Button, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../../i18n/I18nProvider';
import { CaseTable } from '../shared/CaseTable';
import { ItemPicker } from '../shared/ItemPicker';
import { CASE_STATUSES } from '../../../shared/cases/cases.enums';

/** `/portal/me/cases`: the applicant's cases and drafts, most urgent first, and a way to apply. */
export function MyCasesPage() {
  const t = useT();
  const navigate = useNavigate();
  const [picking, setPicking] = useState(false);
  const [code, setCode] = useState<string | undefined>();

  return (
    <div className="tb-list-page">
      <div className="tb-page-head">
        <Typography.Title level={1} className="tb-page-title">
          {t('cases.portal.title')}
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setPicking(true)}>
          {t('cases.portal.apply')}
        </Button>
      </div>
      <p className="tb-lead">{t('cases.portal.lead')}</p>
      <CaseTable
        statuses={CASE_STATUSES}
        label={t('cases.portal.title')}
        showApplicant={false}
        plain
        emptyText={t('cases.portal.empty')}
        linkTo={(c) => (c.status === 'draft' ? `/portal/me/apply/${c.itemCode}?draft=${c.id}` : `/portal/me/cases/${c.id}`)}
      />
      <Modal
        className="tb-case-dialog"
        open={picking}
        title={t('cases.portal.pickItem')}
        okText={t('cases.portal.startApply')}
        cancelText={t('cases.dialog.cancel')}
        okButtonProps={{ disabled: !code }}
        onOk={() => code && navigate(`/portal/me/apply/${code}`)}
        onCancel={() => setPicking(false)}
      >
        <label htmlFor="apply-item" className="tb-field-label">
          {t('cases.portal.itemLabel')}
        </label>
        <ItemPicker id="apply-item" value={code} onChange={setCode} />
      </Modal>
    </div>
  );
}

import { Button, Card, Empty, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n/I18nProvider';
import { ActionDialog } from './ActionDialog';
import type { CaseAction } from '../../../shared/cases/cases.enums';
import type { CaseDetail, CaseRef } from '../../../shared/cases/cases.wire';
import type { Guide as ItemGuide } from '../../../shared/catalog/catalog.wire';
import type { Department } from '../../../shared/org/org.wire';
import type { Names } from './useCaseData';

const PRIMARY: readonly CaseAction[] = ['submit', 'resubmit', 'supply_materials', 'accept', 'route', 'review', 'approve', 'complete', 'issue'];
const DANGER: readonly CaseAction[] = ['withdraw', 'reject', 'deny', 'return'];

export interface CaseActionsProps {
  detail: CaseDetail;
  guide: ItemGuide | null;
  departments: Department[];
  names: Names;
  /** Actions another panel on the page handles (e.g. the window's acceptance checklist). */
  exclude?: readonly CaseAction[];
  onChanged: (ref: CaseRef | null) => void;
}

/**
 * The actions the server says the user may take on the case now (`availableActions`), each opening
 * its dialog. Nothing is offered that the server would refuse for role or status; an action held
 * back by something still owed (`heldActions`: 出件 before the fee is paid) shows disabled with why.
 */
export function CaseActions({ detail, guide, departments, names, exclude = [], onChanged }: CaseActionsProps) {
  const t = useT();
  const [open, setOpen] = useState<CaseAction | null>(null);
  const actions = detail.availableActions.filter((a) => !exclude.includes(a));
  const ordered = [
    ...actions.filter((a) => PRIMARY.includes(a)),
    ...actions.filter((a) => !PRIMARY.includes(a) && !DANGER.includes(a)),
    ...actions.filter((a) => DANGER.includes(a)),
  ];

  return (
    <Card size="small" title={<h2 className="tb-card-title">{t('cases.actions.title')}</h2>} className="tb-case-actions">
      {ordered.length === 0 && detail.heldActions.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cases.actions.none')} />
      ) : (
        <div className="tb-action-buttons">
          {ordered.map((a) => (
            <Button key={a} type={PRIMARY.includes(a) ? 'primary' : 'default'} danger={DANGER.includes(a)} onClick={() => setOpen(a)} block>
              {t(`cases.action.${a}`)}
            </Button>
          ))}
          {detail.heldActions.map((h) => (
            <div key={h.action} className="tb-action-held">
              <Button disabled block aria-describedby={`held-${h.action}`}>
                {t(`cases.action.${h.action}`)}
              </Button>
              <Typography.Text id={`held-${h.action}`} type="secondary">
                {h.message}
              </Typography.Text>
            </div>
          ))}
        </div>
      )}
      {open && (
        <ActionDialog
          action={open}
          detail={detail}
          guide={guide}
          departments={departments}
          names={names}
          onClose={() => setOpen(null)}
          onDone={(ref) => {
            setOpen(null);
            onChanged(ref);
          }}
          onReload={() => onChanged(null)}
        />
      )}
    </Card>
  );
}

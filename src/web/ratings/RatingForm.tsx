import './ratings.css';
import { Alert, Button, Checkbox, Input, Space, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useT } from '../i18n/I18nProvider';
import { useNotifyError } from '../shared/useNotifyError';
import { BAD_LEVELS, BAD_REASONS, GOOD_REASONS, type RatingLevel, type RatingReason } from '../../shared/ratings/ratings.enums';
import { LevelPicker } from './LevelPicker';

/** Reasons offered for a level: dissatisfied ones for 差评, satisfied ones for 好评, both for 基本满意. */
export function reasonsFor(level: RatingLevel | undefined): readonly RatingReason[] {
  if (!level) return [];
  if (BAD_LEVELS.includes(level)) return BAD_REASONS;
  return level >= 4 ? GOOD_REASONS : [...BAD_REASONS, ...GOOD_REASONS];
}

/** What the form hands over: the level, the reasons that fit it, the comment when one was written. */
export interface RatingInput {
  level: RatingLevel;
  reasons: RatingReason[];
  comment?: string;
}

/**
 * The five levels (非常满意 first), the reasons that fit the chosen level and a comment: the one
 * rating form of a case page, the window's rating pad, a ticket's return visit and the public page
 * of an SMS rating link (docs/domain.md §10). `onSubmit` sends it; a failure is shown and the form
 * stays as filled in.
 */
export function RatingForm({
  lead,
  onSubmit,
  submitLabel,
  large = false,
  withReasons = true,
}: {
  lead: ReactNode;
  onSubmit: (input: RatingInput) => Promise<void>;
  submitLabel?: string;
  /** Large touch targets (the public mobile page). */
  large?: boolean;
  /** Off for the re-rating of a rectification, which takes a level and a comment only. */
  withReasons?: boolean;
}) {
  const t = useT();
  const notifyError = useNotifyError();
  const [level, setLevel] = useState<RatingLevel | undefined>();
  const [reasons, setReasons] = useState<RatingReason[]>([]);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [missing, setMissing] = useState(false);
  const offered = withReasons ? reasonsFor(level) : [];

  async function submit() {
    if (!level) {
      setMissing(true);
      return;
    }
    setBusy(true);
    try {
      await onSubmit({ level, reasons: reasons.filter((r) => offered.includes(r)), ...(comment.trim() ? { comment: comment.trim() } : {}) });
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Space direction="vertical" size="middle" className={large ? 'tb-rating-form tb-rating-form-large' : 'tb-rating-form'}>
      <Typography.Paragraph className="tb-lead">{lead}</Typography.Paragraph>
      <div>
        <div className="tb-field-label">{t('ratings.card.level')}</div>
        <LevelPicker
          label={t('ratings.card.level')}
          value={level}
          onChange={(l) => {
            setLevel(l);
            setMissing(false);
          }}
        />
        {missing && <Alert type="error" showIcon role="alert" title={t('ratings.card.chooseLevel')} />}
      </div>
      {offered.length > 0 && (
        <div>
          <div className="tb-field-label">{t('ratings.card.reasons')}</div>
          <Checkbox.Group
            aria-label={t('ratings.card.reasons')}
            value={reasons}
            onChange={(v) => setReasons(v as RatingReason[])}
            options={offered.map((r) => ({ value: r, label: t(`ratings.reason.${r}`) }))}
          />
        </div>
      )}
      <label className="tb-field">
        <span className="tb-field-label">{t('ratings.card.comment')}</span>
        <Input.TextArea value={comment} onChange={(e) => setComment(e.target.value)} maxLength={500} showCount rows={3} />
      </label>
      <Button type="primary" size={large ? 'large' : 'middle'} block={large} onClick={() => void submit()} loading={busy}>
        {submitLabel ?? t('ratings.card.submit')}
      </Button>
    </Space>
  );
}

import { Radio } from 'antd';
import { useT } from '../i18n/I18nProvider';
import { RATING_LEVELS, type RatingLevel } from '../../shared/ratings/ratings.enums';

/** The five levels, 非常满意 first, as radio buttons with their words (no colour-only meaning). */
export function LevelPicker({ value, onChange, label }: { value: RatingLevel | undefined; onChange: (level: RatingLevel) => void; label: string }) {
  const t = useT();
  return (
    <Radio.Group
      aria-label={label}
      value={value}
      onChange={(e) => onChange(e.target.value as RatingLevel)}
      optionType="button"
      options={RATING_LEVELS.map((l) => ({ value: l, label: t(`ratings.level.${l}`) }))}
    />
  );
}

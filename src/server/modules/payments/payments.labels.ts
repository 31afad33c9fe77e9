import type { WaiverCategory } from '../../../shared/payments/payments.enums';

/** The waiver categories as the fee standards name them, for events, receipts and messages. */
export const WAIVER_LABELS: Record<WaiverCategory, { zh: string; en: string }> = {
  subsistence_allowance: { zh: '城乡居民最低生活保障对象', en: 'recipient of the subsistence allowance' },
  extreme_poverty: { zh: '特困人员', en: 'person under extreme-poverty support' },
  small_micro_enterprise: { zh: '小微企业（含个体工商户）', en: 'small or micro enterprise (sole traders included)' },
};

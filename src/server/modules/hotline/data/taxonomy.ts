/**
 * The 12345 hotline's two-level category taxonomy for Baotou: groups (一级分类) and the leaf
 * categories (二级分类) tickets are classified into, each routed to one department with a
 * handling limit from GB/T 33358-2016 practice (docs/domain.md §8).
 */
import { LEAF_CATEGORIES } from './taxonomy-leaves';
import {
  HANDLING_LIMITS,
  type CategoryGroup,
  type HandlingLimit,
  type HotlineDepartmentCode,
  type LeafCategory,
  type Urgency,
} from './taxonomy-types';

export { HANDLING_LIMITS };
export type { CategoryGroup, HandlingLimit, HotlineDepartmentCode, LeafCategory, Urgency };

/** The first-level groups, in display order. */
export const CATEGORY_GROUPS: readonly CategoryGroup[] = Object.freeze([
  { code: 'urban', nameZh: '城市管理', nameEn: 'Urban management' },
  { code: 'heating', nameZh: '供热', nameEn: 'Heating' },
  { code: 'water', nameZh: '供水', nameEn: 'Water supply' },
  { code: 'power', nameZh: '供电', nameEn: 'Power supply' },
  { code: 'gas', nameZh: '燃气', nameEn: 'Gas supply' },
  { code: 'labor', nameZh: '劳动保障', nameEn: 'Labour and employment' },
  { code: 'social-insurance', nameZh: '社会保险', nameEn: 'Social insurance' },
  { code: 'medical-insurance', nameZh: '医疗保障', nameEn: 'Medical insurance' },
  { code: 'housing-fund', nameZh: '住房公积金', nameEn: 'Housing provident fund' },
  { code: 'market', nameZh: '市场监管', nameEn: 'Market regulation' },
  { code: 'transport', nameZh: '交通出行', nameEn: 'Transport' },
  { code: 'housing', nameZh: '住房与物业', nameEn: 'Housing and property' },
  { code: 'environment', nameZh: '生态环境', nameEn: 'Ecology and environment' },
  { code: 'education', nameZh: '教育', nameEn: 'Education' },
  { code: 'health', nameZh: '医疗卫生', nameEn: 'Health care' },
  { code: 'public-security', nameZh: '公安服务', nameEn: 'Public security services' },
  { code: 'civil-affairs', nameZh: '民政', nameEn: 'Civil affairs' },
  { code: 'gov-services', nameZh: '政务服务', nameEn: 'Government services' },
  { code: 'taxation', nameZh: '税务', nameEn: 'Taxation' },
  { code: 'agriculture', nameZh: '农牧', nameEn: 'Agriculture and animal husbandry' },
  { code: 'culture-tourism', nameZh: '文化旅游', nameEn: 'Culture and tourism' },
  { code: 'veterans', nameZh: '退役军人', nameEn: 'Veterans' },
  { code: 'safety', nameZh: '安全生产', nameEn: 'Work safety' },
  { code: 'water-affairs', nameZh: '水务', nameEn: 'Water affairs' },
]);

export { LEAF_CATEGORIES };

const leavesByCode = new Map(LEAF_CATEGORIES.map((leaf) => [leaf.code, leaf]));

/** The leaf category with this code, or undefined. */
export function findCategory(code: string): LeafCategory | undefined {
  return leavesByCode.get(code);
}

/** Whether the code names a leaf category. */
export function isLeafCategoryCode(code: string): boolean {
  return leavesByCode.has(code);
}

/** The leaf categories of one group, in taxonomy order. */
export function findLeavesOfGroup(parentCode: string): LeafCategory[] {
  return LEAF_CATEGORIES.filter((leaf) => leaf.parentCode === parentCode);
}

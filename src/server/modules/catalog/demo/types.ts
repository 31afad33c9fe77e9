/**
 * Types of the demo service catalog (事项库): one `DemoItem` is a basic-catalogue entry together
 * with the city's implementation list for it (docs/domain.md §4). The demo data is plain typed
 * TypeScript so the seeder can load it without parsing anything. The item's shape is the catalog's
 * own (catalog.types.ts); the demo only narrows its department codes to the list below.
 */
import type { ItemDefinition } from '../catalog.types';

// Demo files and their tests read the closed lists from here as well.
export { ITEM_TYPES, TOPICS } from '../catalog.types';

/**
 * Department codes usable in demo data: every code of docs/domain.md §7 plus the few that real Baotou
 * items need and §7 does not list (marked in `departments.ts`).
 */
export const DEPARTMENT_CODES = [
  'gov-office',
  'gov-services',
  'market-regulation',
  'public-security',
  'taxation',
  'hr-social-security',
  'development-reform',
  'industry-it',
  'natural-resources',
  'ecology-environment',
  'emergency-management',
  'housing-construction',
  'forestry-grassland',
  'science-technology',
  'finance',
  'justice',
  'housing-fund',
  'investment-promotion',
  'establishment-office',
  'organization-dept',
  'discipline-inspection',
  'weather',
  'urban-management',
  'transport',
  'health',
  'education',
  'civil-affairs',
  'water-affairs',
  'culture-tourism',
  'agriculture',
  'commerce',
  'medical-security',
  'veterans',
  'heating',
  'water-supply',
  'power-supply',
  'gas-supply',
  // Added for the demo (not in docs/domain.md §7); see departments.ts for why each is needed.
  'fire-rescue',
  'disabled-persons',
  'tobacco',
  'sports',
  'people-bank',
] as const;
/** One of {@link DEPARTMENT_CODES}. */
export type DepartmentCode = (typeof DEPARTMENT_CODES)[number];

/** A demo item: a definition under its basic code, naming only departments of the demo's list. */
export interface DemoItem extends ItemDefinition {
  /** 基本编码, 12 digits. */
  basicCode: string;
  departmentCode: DepartmentCode;
  jointDepartments?: DepartmentCode[];
}

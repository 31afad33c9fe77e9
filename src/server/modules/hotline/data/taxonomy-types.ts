/**
 * Types of the 12345 taxonomy and the handling limits per urgency (docs/domain.md §8).
 * Kept apart from the data so the leaf list can import them without an import cycle.
 */

/** How fast a ticket of the category must be closed. */
export type Urgency = 'urgent' | 'utility' | 'normal' | 'complex';

/** A handling time limit; hours are natural hours, workdays follow the working-day calendar. */
export interface HandlingLimit {
  value: number;
  unit: 'hours' | 'workdays';
}

/** docs/domain.md §8: urgent 2 h; water/power/gas/heating 24 h; normal 5 and complex 15 working days. */
export const HANDLING_LIMITS: Readonly<Record<Urgency, Readonly<HandlingLimit>>> = Object.freeze({
  urgent: Object.freeze({ value: 2, unit: 'hours' }),
  utility: Object.freeze({ value: 24, unit: 'hours' }),
  normal: Object.freeze({ value: 5, unit: 'workdays' }),
  complex: Object.freeze({ value: 15, unit: 'workdays' }),
});

/** Department codes used by the hotline, exactly as docs/domain.md §7 spells them. */
export type HotlineDepartmentCode =
  | 'urban-management'
  | 'heating'
  | 'water-supply'
  | 'power-supply'
  | 'gas-supply'
  | 'hr-social-security'
  | 'medical-security'
  | 'housing-fund'
  | 'market-regulation'
  | 'taxation'
  | 'transport'
  | 'public-security'
  | 'housing-construction'
  | 'natural-resources'
  | 'ecology-environment'
  | 'education'
  | 'health'
  | 'civil-affairs'
  | 'gov-services'
  | 'agriculture'
  | 'culture-tourism'
  | 'veterans'
  | 'emergency-management'
  | 'water-affairs';

/** A first-level group (一级分类). */
export interface CategoryGroup {
  code: string;
  nameZh: string;
  nameEn: string;
}

/** A leaf category (二级分类): the unit of classification, routing and time limits. */
export interface LeafCategory {
  /** Stable ASCII code, `<group>.<leaf>`; never renamed once tickets reference it. */
  code: string;
  parentCode: string;
  nameZh: string;
  nameEn: string;
  departmentCode: HotlineDepartmentCode;
  urgency: Urgency;
  limit: Readonly<HandlingLimit>;
  descriptionZh: string;
  descriptionEn: string;
  /** Search keywords, also published as Open311 service keywords. */
  keywords: readonly string[];
  /** Another platform the ticket is mirrored to (consumer complaints go to 12315 as well). */
  linkedHotline?: '12315';
}

import type { DemoItem } from './demo/types';

/**
 * The content of one published version of a service item (docs/domain.md §4). The demo data uses the
 * same shape, so a demo item is loaded as version 1 without translation.
 */
export type ItemDefinition = Omit<DemoItem, 'basicCode'> & {
  /** 容缺: working days the applicant has to supply missing secondary materials (default 5). */
  deficiencyDays?: number;
  /** 考核时限 as a share of the promised limit (default 0.8). */
  assessmentRatio?: number;
  /** Why the item needs no application material at all (required when `materials` is empty). */
  noMaterialsReason?: string;
  /** Extra search words people use for the item (weighted like synonyms, below the name). */
  keywords?: string[];
};

/**
 * A published item version as other modules see it (cases are made under one version and keep
 * it). `code` is the item's 12-digit basic code.
 */
export interface PublishedItem extends ItemDefinition {
  code: string;
  version: number;
  publishedAt: Date;
}

/**
 * The demo service catalog (事项库) of Baotou: every item of the item files in one list, in a
 * stable order (grouped by department family), ready for the seeder.
 */
import { constructionItems } from './items-construction';
import { enterpriseOpeningItems } from './items-enterprise-opening';
import { educationItems, healthItems, medicalSecurityItems } from './items-health-education';
import { exitEntryItems, householdItems } from './items-household';
import { housingFundItems } from './items-housing-fund';
import { hrItems, scienceItems } from './items-hr-science';
import { investmentItems } from './items-investment';
import { marketItems } from './items-market';
import { permitItems } from './items-permits';
import { propertyTradingItems, realEstateItems } from './items-property';
import { civilAffairsItems, otherCitizenItems, utilityItems } from './items-social';
import { trafficItems } from './items-traffic';
import type { DemoItem } from './types';

/** All demo items. */
export const demoItems: DemoItem[] = [
  ...marketItems,
  ...enterpriseOpeningItems,
  ...permitItems,
  ...hrItems,
  ...scienceItems,
  ...housingFundItems,
  ...propertyTradingItems,
  ...realEstateItems,
  ...trafficItems,
  ...householdItems,
  ...exitEntryItems,
  ...constructionItems,
  ...investmentItems,
  ...healthItems,
  ...educationItems,
  ...medicalSecurityItems,
  ...civilAffairsItems,
  ...otherCitizenItems,
  ...utilityItems,
];

const byName = new Map(demoItems.map((i) => [i.name, i]));

/** The demo item with exactly this Chinese name; throws when there is none (used to wire bundles). */
export function getDemoItemByName(name: string): DemoItem {
  const item = byName.get(name);
  if (!item) throw new Error(`no demo item named ${name}`);
  return item;
}

/**
 * A deterministic, labelled history of Baotou 12345 tickets for demos, seeding and training the
 * classifier: every leaf category, real districts and streets, seasonal timing, varied wording.
 */
import { PEOPLE_PHRASEBOOKS } from './phrasebook-people';
import { SERVICE_PHRASEBOOKS } from './phrasebook-services';
import { URBAN_PHRASEBOOKS } from './phrasebook-urban';
import { UTILITY_PHRASEBOOKS } from './phrasebook-utilities';
import { mulberry32, pick, pickWeighted, shuffled } from './prng';
import { LEAF_CATEGORIES, type HotlineDepartmentCode } from './taxonomy';
import { pickCreatedAt } from './ticket-dates';
import { pickLocation } from './ticket-location';
import type { Phrasebooks } from './ticket-phrases';
import { composeTicketText, type Channel } from './ticket-text';

export type { Channel };

/** A historical hotline ticket with its true category. */
export interface DemoTicket {
  text: string;
  categoryCode: string;
  departmentCode: HotlineDepartmentCode;
  regionCode: string;
  address: string;
  channel: Channel;
  /** ISO-8601 UTC timestamp. */
  createdAt: string;
}

/**
 * Knobs for the generator; the defaults give 3,139 tickets. Keep the default history under 3,200:
 * hotline.seed.ts reserves that many ticket numbers for it, and a longer history fails to load.
 */
export interface DemoTicketOptions {
  seed?: number;
  /** Tickets per unit of phrasebook weight. */
  ticketsPerWeight?: number;
  /** Floor per leaf category, so rare categories are still learnable. */
  minPerCategory?: number;
}

/** Every leaf category's phrasebook. */
export const PHRASEBOOKS: Phrasebooks = {
  ...UTILITY_PHRASEBOOKS,
  ...URBAN_PHRASEBOOKS,
  ...PEOPLE_PHRASEBOOKS,
  ...SERVICE_PHRASEBOOKS,
};

const CHANNELS: readonly { value: Channel; weight: number }[] = [
  { value: 'phone', weight: 45 },
  { value: 'wechat', weight: 20 },
  { value: 'app', weight: 15 },
  { value: 'web', weight: 12 },
  { value: 'sms', weight: 8 },
];

/** Generates the labelled history; the same options always give the same tickets, in order. */
export function generateDemoTickets(options: DemoTicketOptions = {}): DemoTicket[] {
  const { seed = 12345, ticketsPerWeight = 56, minPerCategory = 30 } = options;
  const rng = mulberry32(seed);
  const codes = LEAF_CATEGORIES.map((leaf) => leaf.code);
  const tickets: DemoTicket[] = [];
  for (const leaf of LEAF_CATEGORIES) {
    const book = PHRASEBOOKS[leaf.code];
    if (!book) throw new Error(`No phrasebook for category ${leaf.code}`);
    const count = Math.max(minPerCategory, Math.round(book.weight * ticketsPerWeight));
    for (let i = 0; i < count; i++) {
      const channel = pickWeighted(rng, CHANNELS);
      const location = pickLocation(rng, book.rural ?? false);
      const secondBook = PHRASEBOOKS[pick(rng, codes.filter((code) => code !== leaf.code))];
      tickets.push({
        text: composeTicketText({ book, channel, locationSlots: location.slots, secondBook }, rng),
        categoryCode: leaf.code,
        departmentCode: leaf.departmentCode,
        regionCode: location.district.regionCode,
        address: location.address,
        channel,
        createdAt: pickCreatedAt(rng, book.season),
      });
    }
  }
  // Interleave categories like a real history instead of 60 blocks.
  return shuffled(rng, tickets);
}

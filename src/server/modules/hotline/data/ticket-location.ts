/**
 * Picks where a demo ticket happens: a district weighted by population, a street, an estate or a
 * village, and the postal-style address the hotline agent would record.
 */
import { DISTRICTS, type District } from './baotou-places';
import { chance, pick, pickWeighted, randomInt, type Random } from './prng';

/** A ticket's location and the slot values its text may mention. */
export interface TicketLocation {
  district: District;
  address: string;
  /** Values for the location slots of templates, each a single choice so text and address agree. */
  slots: Record<string, readonly string[]>;
}

const ruralDistricts = DISTRICTS.filter((district) => district.rural);

/** A random location; rural categories come only from farming and herding areas. */
export function pickLocation(rng: Random, rural: boolean): TicketLocation {
  const candidates = rural ? ruralDistricts : DISTRICTS;
  const district = pickWeighted(rng, candidates.map((value) => ({ value, weight: value.weight })));
  const other = pick(rng, DISTRICTS.filter((item) => item !== district));
  const street = pick(rng, district.streets);
  const estate = pick(rng, district.estates);
  const village = pick(rng, district.villages);
  const building = randomInt(rng, 1, 32);
  const unit = randomInt(rng, 1, 6);
  const room = `${randomInt(rng, 1, 18)}0${randomInt(rng, 1, 4)}`;
  const bld = pick(rng, [`${building}号楼`, `${building}栋`, `${building}号楼${unit}单元`]);
  const inVillage = rural || (district.rural && chance(rng, 0.3));
  const address = inVillage
    ? `包头市${district.nameZh}${village}${randomInt(rng, 1, 9)}组`
    : `包头市${district.nameZh}${street}${estate}${building}号楼${unit}单元${room}`;
  return {
    district,
    address,
    slots: {
      district: [pick(rng, [district.nameZh, ...district.shortNamesZh])],
      district2: [pick(rng, [other.nameZh, ...other.shortNamesZh])],
      street: [street],
      estate: [inVillage ? village : estate],
      village: [inVillage ? village : pick(rng, ['我们村', '村里', '嘎查'])],
      bld: [bld],
    },
  };
}

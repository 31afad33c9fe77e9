import type { WireOf } from '../wire';
import type { departmentSchema, regionSchema } from './org.schemas';

/** The reference lists as the browser receives them (see wire.ts). */

export type Region = WireOf<typeof regionSchema>;
export type Department = WireOf<typeof departmentSchema>;

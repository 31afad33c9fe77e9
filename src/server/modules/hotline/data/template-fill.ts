/**
 * Fills `{slot}` placeholders in phrase templates, recursively, from a slot lookup.
 */
import { pick, type Random } from './prng';

/** Returns the choices for a slot name, or undefined when the slot is unknown. */
export type SlotLookup = (name: string) => readonly string[] | undefined;

const PLACEHOLDER = /\{([a-zA-Z0-9]+)\}/g;
// Slot values may contain slots themselves (`停运{dur}`); three levels is plenty and stops cycles.
const MAX_DEPTH = 3;

/**
 * Replaces every placeholder with a random choice. Throws on an unknown slot so a typo in a
 * phrasebook fails the generator's tests instead of leaking `{sloot}` into the data.
 */
export function fillTemplate(template: string, lookup: SlotLookup, rng: Random, depth = 0): string {
  return template.replace(PLACEHOLDER, (_match, name: string) => {
    const choices = lookup(name);
    if (!choices) throw new Error(`Unknown template slot {${name}} in "${template}"`);
    const value = pick(rng, choices);
    return depth < MAX_DEPTH ? fillTemplate(value, lookup, rng, depth + 1) : value;
  });
}

/** Slot names a template uses directly. */
export function slotsOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((match) => match[1]);
}

/** A lookup that tries each source in order. */
export function chainLookups(...sources: (Readonly<Record<string, readonly string[]>> | undefined)[]): SlotLookup {
  return (name) => {
    for (const source of sources) {
      const choices = source?.[name];
      if (choices) return choices;
    }
    return undefined;
  };
}

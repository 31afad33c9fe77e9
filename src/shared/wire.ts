import type { z } from 'zod';

/**
 * What a value looks like after `JSON.stringify`, as far as the API's types go: a `Date` becomes
 * its ISO 8601 string; arrays and objects are mapped member by member; everything else is kept.
 *
 * The server validates every response with its zod schema and then JSON-encodes it
 * (fastify-type-provider-zod's serializer), so a response schema typed `z.date()` reaches the
 * browser as a string. `Wire<…>` is the type the web app actually receives.
 */
export type Wire<T> = T extends Date ? string : T extends readonly (infer U)[] ? Wire<U>[] : T extends object ? { [K in keyof T]: Wire<T[K]> } : T;

/** The JSON a response schema puts on the wire (the schema's output, encoded). */
export type WireOf<S extends z.ZodType> = Wire<z.output<S>>;

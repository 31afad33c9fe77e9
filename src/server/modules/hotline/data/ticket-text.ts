/**
 * Composes one demo ticket's text the way real hotline records read: an optional greeting or
 * agent prefix, sometimes a location, the complaint, sometimes a second unrelated issue, a
 * closing plea, and now and then typos or SMS-style spacing.
 */
import { chance, pick, type Random } from './prng';
import { chainLookups, fillTemplate, slotsOf } from './template-fill';
import {
  AGENT_PREFIXES,
  CLOSERS,
  LOCATION_PREFIXES,
  OPENERS,
  SECOND_TOPIC_CONNECTORS,
  SHARED_SLOTS,
  TYPOS,
  type CategoryPhrasebook,
} from './ticket-phrases';

/** Channels a ticket can come in through (docs/domain.md S18). */
export type Channel = 'phone' | 'sms' | 'web' | 'wechat' | 'app';

/** What the text generator needs about one ticket. */
export interface TextContext {
  book: CategoryPhrasebook;
  channel: Channel;
  locationSlots: Readonly<Record<string, readonly string[]>>;
  /** Another category's phrasebook for the occasional second issue. */
  secondBook: CategoryPhrasebook;
}

const LOCATION_SLOTS = new Set(['street', 'estate', 'village', 'district', 'bld']);

/** Probabilities of the optional parts; tuned so texts are varied but mostly on one topic. */
const P = {
  agentPrefix: 0.5,
  opener: 0.3,
  location: 0.35,
  secondTopic: 0.07,
  closer: 0.45,
  typo: 0.2,
  smsSpacing: 0.25,
};

function fillFor(book: CategoryPhrasebook, ctx: TextContext, rng: Random, template: string): string {
  return fillTemplate(template, chainLookups(ctx.locationSlots, book.slots, SHARED_SLOTS), rng);
}

function addTypos(text: string, rng: Random): string {
  const applicable = TYPOS.filter(([correct]) => text.includes(correct));
  let result = text;
  const count = chance(rng, 0.3) ? 2 : 1;
  for (let i = 0; i < count && applicable.length > 0; i++) {
    const [correct, typo] = applicable.splice(Math.floor(rng() * applicable.length), 1)[0];
    result = result.replace(correct, typo);
  }
  return result;
}

/** One ticket text for the context's category. */
export function composeTicketText(ctx: TextContext, rng: Random): string {
  const parts: string[] = [];
  if (ctx.channel === 'phone' && chance(rng, P.agentPrefix)) parts.push(fillFor(ctx.book, ctx, rng, pick(rng, AGENT_PREFIXES)));
  else if (chance(rng, P.opener)) parts.push(fillFor(ctx.book, ctx, rng, pick(rng, OPENERS)));

  const template = pick(rng, ctx.book.templates);
  const mentionsPlace = slotsOf(template).some((slot) => LOCATION_SLOTS.has(slot));
  if (!mentionsPlace && chance(rng, P.location)) parts.push(fillFor(ctx.book, ctx, rng, pick(rng, LOCATION_PREFIXES)));

  let body = fillFor(ctx.book, ctx, rng, template);
  if (chance(rng, P.secondTopic)) {
    const second = fillFor(ctx.secondBook, ctx, rng, pick(rng, ctx.secondBook.templates));
    body += `。${pick(rng, SECOND_TOPIC_CONNECTORS)}${second}`;
  }
  const closer = chance(rng, P.closer) ? fillFor(ctx.book, ctx, rng, pick(rng, CLOSERS)) : '';
  // A closer that repeats the plea the template already ended with reads like a bug, not a caller.
  if (closer && !body.includes(closer.replace(/[。？]$/, ''))) body += `，${closer}`;
  else body += pick(rng, ['。', '', '！', '。。']);
  parts.push(body);

  let text = parts.join('');
  if (chance(rng, P.typo)) text = addTypos(text, rng);
  if ((ctx.channel === 'sms' || ctx.channel === 'wechat') && chance(rng, P.smsSpacing)) text = text.replace(/，/g, ' ');
  return text;
}

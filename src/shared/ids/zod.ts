import { z } from 'zod';
import { checkMobile } from './mobile';
import { idProblemMessages } from './messages';
import type { IdProblem } from './problem';
import { checkResidentId } from './resident-id';
import { checkUscc } from './uscc';

/** What an identifier issue carries in `params`, for the error handler and for clients. */
export interface IdIssueParams {
  /** Stable problem code, e.g. `CHECKSUM`. */
  code: IdProblem['code'];
  /** The problem with its facts (expected check character, position, …). */
  problem: IdProblem;
  /** The message in each language; the issue's own message is both joined. */
  messages: { 'zh-CN': string; 'en-US': string };
}

type Check = (value: string) => { ok: true } | { ok: false; reason: IdProblem };

function refineWith(check: Check) {
  return (value: string, ctx: z.RefinementCtx) => {
    const result = check(value);
    if (result.ok) return;
    const messages = idProblemMessages(result.reason);
    const params: IdIssueParams = { code: result.reason.code, problem: result.reason, messages };
    ctx.addIssue({ code: 'custom', message: `${messages['zh-CN']} / ${messages['en-US']}`, params, input: value });
  };
}

/**
 * Resident ID number (GB 11643-1999). Trims, upper-cases a trailing x, then checks length,
 * characters, province, birth date and check character. Output is the normalised number.
 */
export const residentIdSchema = z
  .string()
  .trim()
  .toUpperCase()
  .superRefine(refineWith((v) => checkResidentId(v)))
  .meta({ description: '居民身份证号码 (GB 11643-1999), 18 characters', examples: ['11010519491231002X'] });

/**
 * Unified social credit code (GB 32100-2015). Trims and upper-cases, then checks the alphabet,
 * region digits and check character. Output is the normalised code.
 */
export const usccSchema = z
  .string()
  .trim()
  .toUpperCase()
  .superRefine(refineWith(checkUscc))
  .meta({ description: '统一社会信用代码 (GB 32100-2015), 18 characters', examples: ['91350100M000100Y43'] });

/** Mainland mobile number: 11 digits starting 13–19. Trims surrounding spaces only. */
export const mobileSchema = z
  .string()
  .trim()
  .superRefine(refineWith(checkMobile))
  .meta({ description: 'Mainland China mobile number, 11 digits', examples: ['13812345678'] });

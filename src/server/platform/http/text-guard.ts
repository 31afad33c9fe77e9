import { AppError, ERR } from '../errors';
import type { App } from './types';

/**
 * U+0000, which PostgreSQL's text and jsonb cannot store, and a lone UTF-16 surrogate (a JSON
 * "\ud800" escape), which jsonb refuses and UTF-8 cannot encode.
 */
// eslint-disable-next-line no-control-regex -- matching NUL is the point
const BAD_TEXT = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * The path of the first string (or object key) that is not storable text, or null. Iterative, so a
 * deeply nested body cannot overflow the stack.
 */
export function findBadText(value: unknown, root: string): string | null {
  const stack: Array<[unknown, string]> = [[value, root]];
  while (stack.length) {
    const [v, path] = stack.pop()!;
    if (typeof v === 'string') {
      if (BAD_TEXT.test(v)) return path;
    } else if (isPlainContainer(v)) {
      for (const [k, child] of Object.entries(v)) {
        if (BAD_TEXT.test(k)) return path;
        stack.push([child, `${path}.${k}`]);
      }
    }
  }
  return null;
}

/** Objects and arrays of parsed input (query parsers use their own prototypes); never binary data or a stream. */
function isPlainContainer(v: unknown): v is object {
  if (!v || typeof v !== 'object' || ArrayBuffer.isView(v) || v instanceof ArrayBuffer) return false;
  return typeof (v as { pipe?: unknown }).pipe !== 'function';
}

/**
 * Such text would fail deep in SQL as a 500 (or be stored mangled); refuse it up front, for every
 * route, as the bad input it is.
 */
export function registerTextGuard(app: App): void {
  app.addHook('preValidation', async (req) => {
    const path = findBadText(req.params, 'params') ?? findBadText(req.query, 'querystring') ?? findBadText(req.body, 'body');
    if (path) {
      throw new AppError(ERR.VALIDATION_FAILED, {}, [
        { path, message: 'must be valid text: no NUL character (U+0000) or unpaired surrogate / 须为有效文本，不得含空字符或不成对的代理字符' },
      ]);
    }
  });
}

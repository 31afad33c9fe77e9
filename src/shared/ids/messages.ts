import type { AllowedChars, IdProblem, IdProblemCode } from './problem';

/** Languages the platform speaks (zh-CN default, en-US complete). */
export type Lang = 'zh-CN' | 'en-US';

type ProblemOf<C extends IdProblemCode> = Extract<IdProblem, { code: C }>;
type Texts = { [C in IdProblemCode]: (p: ProblemOf<C>) => string };

const ALLOWED: Record<Lang, Record<AllowedChars, string>> = {
  'zh-CN': {
    digit: '此处只能是数字',
    digitOrX: '此处只能是数字或 X',
    usccChar: '只能是数字或大写字母（不含 I、O、S、V、Z）',
  },
  'en-US': {
    digit: 'only a digit is allowed here',
    digitOrX: 'only a digit or X is allowed here',
    usccChar: 'only digits and capital letters except I, O, S, V and Z are allowed',
  },
};

const TEXTS: Record<Lang, Texts> = {
  'zh-CN': {
    LENGTH: (p) => `长度应为 ${p.expected} 位，实际为 ${p.actual} 位`,
    CHARSET: (p) => `第 ${p.position} 位字符“${p.char}”无效：${ALLOWED['zh-CN'][p.allowed]}`,
    CHECKSUM: (p) => `校验位错误：应为 ${p.expected}，实际为 ${p.actual}；请核对号码是否有输错的字符`,
    REGION: (p) => `地址码“${p.regionCode}”无效：前两位“${p.regionCode.slice(0, 2)}”不是省级行政区划代码`,
    BIRTH_DATE: (p) => `出生日期“${p.value}”不是有效日期`,
    BIRTH_DATE_FUTURE: (p) => `出生日期 ${p.birthDate} 晚于今天`,
    BIRTH_DATE_TOO_EARLY: (p) => `出生日期 ${p.birthDate} 早于 ${p.earliest}`,
    PREFIX: (p) => `号段“${p.prefix}”无效：手机号码应以 13–19 开头`,
  },
  'en-US': {
    LENGTH: (p) => `must be ${p.expected} characters long, got ${p.actual}`,
    CHARSET: (p) => `character ${p.position} ("${p.char}") is not valid: ${ALLOWED['en-US'][p.allowed]}`,
    CHECKSUM: (p) => `check character is wrong: expected ${p.expected}, got ${p.actual}; please look for a mistyped character`,
    REGION: (p) => `region code "${p.regionCode}" is not valid: "${p.regionCode.slice(0, 2)}" is not a province code`,
    BIRTH_DATE: (p) => `birth date "${p.value}" is not a real date`,
    BIRTH_DATE_FUTURE: (p) => `birth date ${p.birthDate} is in the future`,
    BIRTH_DATE_TOO_EARLY: (p) => `birth date ${p.birthDate} is before ${p.earliest}`,
    PREFIX: (p) => `prefix "${p.prefix}" is not valid: mobile numbers start with 13 to 19`,
  },
};

/** A specific, human message for an identifier problem in the requested language. */
export function idProblemMessage(reason: IdProblem, lang: Lang): string {
  // The mapped type pairs each code with its own problem shape; TS cannot follow that through
  // an indexed call, hence the one cast.
  const text = TEXTS[lang][reason.code] as (p: IdProblem) => string;
  return text(reason);
}

/** The message in every language, for API errors that are localised later by the error handler. */
export function idProblemMessages(reason: IdProblem): Record<Lang, string> {
  return { 'zh-CN': idProblemMessage(reason, 'zh-CN'), 'en-US': idProblemMessage(reason, 'en-US') };
}

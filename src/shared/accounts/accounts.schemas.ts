import { z } from 'zod';
import { mobileSchema, residentIdSchema, usccSchema } from '../ids/zod';
import { INVITE_STATUSES, SMS_CODE_LENGTH, SMS_CODE_PURPOSES } from './accounts.enums';

/**
 * Self-service accounts (issue 13): SMS codes, citizen and enterprise registration, sign-in by
 * SMS code, password reset and enterprise staff invitations. Sign-in answers with `meResponse`.
 */

/**
 * A person's name as on the resident ID card: Chinese characters, with a middle dot between the
 * parts of a transliterated name (娜仁·高娃). 2–30 characters.
 */
export const PERSON_NAME_PATTERN = /^\p{Script=Han}+(?:[·・]\p{Script=Han}+)*$/u;

export function isPersonName(value: string): boolean {
  return value.length >= 2 && value.length <= 30 && PERSON_NAME_PATTERN.test(value);
}

export const personNameSchema = z
  .string()
  .trim()
  .refine(isPersonName, { message: '姓名应为 2–30 个汉字（少数民族姓名可用“·”分隔） / The name must be 2–30 Chinese characters (parts may be joined by “·”)' })
  .meta({ description: 'Name as on the resident ID card', examples: ['王晓明', '娜仁·高娃'] });

/** At least 8 characters with a letter and a digit; at most 128 (argon2 hashes any length, but the form has a limit). */
export function isStrongPassword(value: string): boolean {
  return value.length >= 8 && value.length <= 128 && /\p{L}/u.test(value) && /\d/.test(value);
}

export const newPasswordSchema = z
  .string()
  .refine(isStrongPassword, { message: '密码至少 8 位，须同时包含字母和数字 / The password needs at least 8 characters with letters and digits' });

export const smsCodeSchema = z
  .string()
  .trim()
  .regex(new RegExp(`^\\d{${SMS_CODE_LENGTH}}$`), { message: `验证码为 ${SMS_CODE_LENGTH} 位数字 / The code is ${SMS_CODE_LENGTH} digits` });

export const smsCodeRequestBody = z.strictObject({
  purpose: z.enum(SMS_CODE_PURPOSES),
  mobile: mobileSchema,
});

/** The same answer whether or not the number has an account. */
export const smsCodeSentResponse = z.object({
  maskedMobile: z.string(),
  expiresInSeconds: z.number().int(),
  resendAfterSeconds: z.number().int(),
});

export const citizenRegistrationBody = z.strictObject({
  name: personNameSchema,
  idNumber: residentIdSchema,
  mobile: mobileSchema,
  code: smsCodeSchema,
  password: newPasswordSchema,
});

export const enterpriseRegistrationBody = z.strictObject({
  enterpriseName: z.string().trim().min(2).max(100),
  uscc: usccSchema,
  legalRepName: personNameSchema,
  legalRepIdNumber: residentIdSchema,
  /** The registering person, who becomes the enterprise's administrator. */
  adminName: personNameSchema,
  mobile: mobileSchema,
  code: smsCodeSchema,
  password: newPasswordSchema,
});

export const smsLoginBody = z.strictObject({
  mobile: mobileSchema,
  code: smsCodeSchema,
});

export const passwordResetBody = z.strictObject({
  mobile: mobileSchema,
  code: smsCodeSchema,
  password: newPasswordSchema,
});

export const inviteBody = z.strictObject({
  personName: personNameSchema,
  mobile: mobileSchema,
});

export const inviteAcceptBody = z.strictObject({
  mobile: mobileSchema,
  code: smsCodeSchema,
  password: newPasswordSchema,
});

export const inviteSchema = z.object({
  id: z.string(),
  personName: z.string(),
  maskedMobile: z.string(),
  status: z.enum(INVITE_STATUSES),
  createdAt: z.date(),
  expiresAt: z.date(),
});

export const enterpriseSchema = z.object({
  uscc: z.string(),
  name: z.string(),
  legalRepName: z.string(),
  isAdmin: z.boolean(),
  invites: z.array(inviteSchema),
});

export type SmsCodeSent = z.infer<typeof smsCodeSentResponse>;

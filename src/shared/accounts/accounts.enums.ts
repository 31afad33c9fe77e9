/** What an SMS code is for; a code sent for one purpose never serves another. */
export const SMS_CODE_PURPOSES = ['register', 'login', 'reset', 'invite'] as const;
export type SmsCodePurpose = (typeof SMS_CODE_PURPOSES)[number];

/** Digits in an SMS code. */
export const SMS_CODE_LENGTH = 6;

/** Seconds before another code may be sent to the same number. */
export const SMS_CODE_RESEND_SECONDS = 60;

/** Seconds a code stays valid. */
export const SMS_CODE_TTL_SECONDS = 300;

/** Wrong attempts after which a code dies. */
export const SMS_CODE_MAX_ATTEMPTS = 5;

/** Status of an enterprise staff invitation. */
export const INVITE_STATUSES = ['pending', 'accepted', 'revoked'] as const;
export type InviteStatus = (typeof INVITE_STATUSES)[number];

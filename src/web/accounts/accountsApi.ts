import type { z } from 'zod';
import type {
  citizenRegistrationBody,
  enterpriseRegistrationBody,
  enterpriseSchema,
  inviteAcceptBody,
  inviteBody,
  passwordResetBody,
  smsCodeSentResponse,
  smsLoginBody,
} from '../../shared/accounts/accounts.schemas';
import type { SmsCodePurpose } from '../../shared/accounts/accounts.enums';
import type { WireOf } from '../../shared/wire';
import { api } from '../shared/api';
import type { Me } from '../shared/me';

/** The self-service accounts API (issue 13), as the pages call it. */

export type SmsCodeSentWire = WireOf<typeof smsCodeSentResponse>;
export type EnterpriseWire = WireOf<typeof enterpriseSchema>;

// Anonymous forms: a 401 (wrong code) must not bounce the page to the sign-in form.
const ANON = { redirectOnUnauthorized: false } as const;

export const accountsApi = {
  sendCode: (purpose: SmsCodePurpose, mobile: string) => api.post<SmsCodeSentWire>('/api/v1/accounts/sms-codes', { purpose, mobile }, ANON),
  registerCitizen: (body: z.input<typeof citizenRegistrationBody>) => api.post<Me>('/api/v1/accounts/citizens', body, ANON),
  registerEnterprise: (body: z.input<typeof enterpriseRegistrationBody>) => api.post<Me>('/api/v1/accounts/enterprises', body, ANON),
  signInByCode: (body: z.input<typeof smsLoginBody>) => api.post<Me>('/api/v1/accounts/sms-login', body, ANON),
  resetPassword: (body: z.input<typeof passwordResetBody>) => api.post<void>('/api/v1/accounts/password-reset', body, ANON),
  acceptInvite: (body: z.input<typeof inviteAcceptBody>) => api.post<Me>('/api/v1/accounts/invites/accept', body, ANON),
  invite: (body: z.input<typeof inviteBody>) => api.post<void>('/api/v1/accounts/enterprise/invites', body),
  revokeInvite: (id: string) => api.post<void>(`/api/v1/accounts/enterprise/invites/${id}/revoke`),
};

import type { FormRule } from 'antd';
import { isPersonName, isStrongPassword } from '../../shared/accounts/accounts.schemas';
import { idProblemMessage } from '../../shared/ids/messages';
import { checkMobile } from '../../shared/ids/mobile';
import { checkResidentId } from '../../shared/ids/resident-id';
import { checkUscc } from '../../shared/ids/uscc';
import type { Lang } from '../i18n/messages';
import type { Translate } from '../i18n/I18nProvider';

/** Form rules of the account pages: the same checks the server makes, said before a round trip. */
export function accountRules(t: Translate, lang: Lang) {
  const required = (label: string): FormRule => ({ required: true, whitespace: true, message: t('accounts.field.required', { label }) });
  const check = (fn: (v: string) => { ok: true } | { ok: false; reason: Parameters<typeof idProblemMessage>[0] }): FormRule => ({
    validator: async (_rule, value: string | undefined) => {
      if (!value) return;
      const r = fn(value.trim().toUpperCase());
      if (!r.ok) throw new Error(idProblemMessage(r.reason, lang));
    },
  });
  return {
    required,
    name: (label: string): FormRule[] => [
      required(label),
      {
        validator: async (_r, v?: string) => {
          if (v && !isPersonName(v.trim())) throw new Error(t('accounts.field.nameInvalid'));
        },
      },
    ],
    residentId: (label: string): FormRule[] => [required(label), check((v) => checkResidentId(v))],
    uscc: (label: string): FormRule[] => [required(label), check(checkUscc)],
    mobile: (label: string): FormRule[] => [required(label), check(checkMobile)],
    code: (label: string): FormRule[] => [required(label), { pattern: /^\d{6}$/, message: t('accounts.field.codeInvalid') }],
    password: (label: string): FormRule[] => [
      required(label),
      {
        validator: async (_r, v?: string) => {
          if (v && !isStrongPassword(v)) throw new Error(t('accounts.field.passwordWeak'));
        },
      },
    ],
  };
}

/** Whether a typed mobile number is valid enough to send a code to. */
export function isMobile(value: string | undefined): boolean {
  return !!value && checkMobile(value.trim()).ok;
}

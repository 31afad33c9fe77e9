import { checkResidentId } from '../../platform/ids/resident-id';
import { idProblemMessages } from '../../platform/ids/messages';
import { isPersonName } from '../../../shared/accounts/accounts.schemas';

/** Why a real-name check said no, in both languages. */
export interface RealNameRefusal {
  ok: false;
  /** Stable code: NAME_FORMAT, ID_INVALID, MISMATCH (name and number do not belong together), UNAVAILABLE. */
  code: 'NAME_FORMAT' | 'ID_INVALID' | 'MISMATCH' | 'UNAVAILABLE';
  reason: string;
  reasonEn: string;
}

export type RealNameResult = { ok: true } | RealNameRefusal;

/**
 * Real-name verification (实名核验) of a person: do this name and this resident ID number belong
 * together? A deployment plugs in the national identity service (公安部 / 国家政务服务平台 身份认证)
 * through this interface in the composition root; the platform ships only the local check below.
 */
export interface RealNameVerifier {
  readonly name: string;
  verify(name: string, idNumber: string): Promise<RealNameResult>;
}

/**
 * The local verifier: checks the name's format and the ID number's checksum, region and birth
 * date. It cannot know whether the two belong to the same person; the national service can.
 */
export const localRealNameVerifier: RealNameVerifier = {
  name: 'local',
  async verify(name, idNumber) {
    if (!isPersonName(name)) {
      return { ok: false, code: 'NAME_FORMAT', reason: '姓名应为 2–30 个汉字', reasonEn: 'the name must be 2–30 Chinese characters' };
    }
    const id = checkResidentId(idNumber);
    if (!id.ok) {
      const m = idProblemMessages(id.reason);
      return { ok: false, code: 'ID_INVALID', reason: `身份证号${m['zh-CN']}`, reasonEn: `resident ID: ${m['en-US']}` };
    }
    return { ok: true };
  },
};

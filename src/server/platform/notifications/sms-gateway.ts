/**
 * The SMS gateway adapter. A real deployment plugs in its carrier's or the province's SMS platform
 * here; this repository ships only the local gateway, which sends nothing and records each message
 * as sent in `sms_messages` (visible to admins at GET /api/v1/admin/sms), so tests and demos can
 * see exactly what would have gone out.
 */
export interface SmsGateway {
  readonly name: string;
  send(mobile: string, text: string): Promise<{ messageId: string }>;
}

let seq = 0;

export const localSmsGateway: SmsGateway = {
  name: 'local',
  async send() {
    seq += 1;
    return { messageId: `local-${Date.now()}-${seq}` };
  },
};

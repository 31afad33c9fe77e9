/**
 * The emergency lines 12345 transfers to at once (三方通话) and never keeps a ticket for
 * (docs/domain.md §8).
 */

/** The four emergency numbers. */
export type EmergencyLine = '110' | '119' | '120' | '122';

/** What each emergency line is for. */
export const EMERGENCY_LINES: Readonly<Record<EmergencyLine, { nameZh: string; nameEn: string }>> = Object.freeze({
  '110': { nameZh: '公安报警', nameEn: 'Police' },
  '119': { nameZh: '消防火警', nameEn: 'Fire and rescue' },
  '120': { nameZh: '医疗急救', nameEn: 'Ambulance' },
  '122': { nameZh: '交通事故报警', nameEn: 'Traffic police' },
});

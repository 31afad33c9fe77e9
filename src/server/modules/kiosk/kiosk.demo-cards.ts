import { checkResidentId } from '../../platform/ids/resident-id';
import { makeResidentId } from '../../platform/ids/generate';
import { DEMO_ACCOUNTS } from '../../seed/demo-accounts';
import type { CardRead } from '../../../shared/kiosk/kiosk.schemas';

/**
 * The local card reader's deck (TONGBAN_KIOSK_CARD_READER=local, docs/decisions.md D32): the cards
 * of the demo residents that a demonstration "places on the reader" — the demo accounts with a
 * resident ID, and one resident with no account, to show the kiosk sending them to register.
 */

/** What the composition root hands the kiosk routes: the demo deck, read when the local reader is on. */
export type CardDeck = () => CardRead[];

const ISSUER = '包头市公安局昆都仑分局';

function card(name: string, idNumber: string, address: string): CardRead {
  const facts = checkResidentId(idNumber);
  if (!facts.ok) throw new Error(`demo card ${name} has no valid ID number`);
  return { idNumber, name, sex: facts.sex, birthDate: facts.birthDate, address, issuer: ISSUER, validUntil: '2036-05-17' };
}

export const localCardDeck: CardDeck = () => [
  ...DEMO_ACCOUNTS.filter((a) => a.idNumber && a.roles.includes('citizen')).map((a) =>
    card(a.displayName, a.idNumber!, '内蒙古自治区包头市昆都仑区钢铁大街 28 号'),
  ),
  card('赵春花', makeResidentId('150204', '1975-02-11', 246), '内蒙古自治区包头市青山区文化路 9 号'),
];

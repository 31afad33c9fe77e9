import type { CardReadWire } from '../../../shared/kiosk/kiosk.wire';

/**
 * The kiosk's ID card reader (二代身份证阅读器, docs/decisions.md D32). The page only knows this
 * interface: the demo plugs in the local reader below; a deployment plugs in its vendor's reader
 * SDK (a local service or browser extension the SDK ships) through the same two calls. The server
 * believes a read only from an enrolled kiosk, and still checks the number's checksum and the name.
 */
export type CardRead = CardReadWire;

export interface CardReader {
  /** Whether a reader is attached and working. */
  available(): Promise<boolean>;
  /** Waits for the next card placed on the reader; rejects with an AbortError when `signal` aborts. */
  read(signal: AbortSignal): Promise<CardRead>;
}

/** The local reader of the demo (TONGBAN_KIOSK_CARD_READER=local): a card is "placed" by `place`, from the demo panel. */
export interface LocalCardReader extends CardReader {
  place(card: CardRead): void;
}

export function createLocalCardReader(): LocalCardReader {
  let waiting: ((card: CardRead) => void) | null = null;
  return {
    available: () => Promise.resolve(true),
    read: (signal) =>
      new Promise<CardRead>((resolve, reject) => {
        const abort = () => {
          waiting = null;
          reject(new DOMException('The read was cancelled', 'AbortError'));
        };
        if (signal.aborted) return abort();
        signal.addEventListener('abort', abort, { once: true });
        waiting = (card) => {
          signal.removeEventListener('abort', abort);
          resolve(card);
        };
      }),
    place: (card) => {
      const take = waiting;
      waiting = null;
      take?.(card);
    },
  };
}

/** No reader attached (TONGBAN_KIOSK_CARD_READER=none without a vendor reader): the kiosk offers QR sign-in only. */
export const noCardReader: CardReader = {
  available: () => Promise.resolve(false),
  read: () => Promise.reject(new Error('no card reader')),
};

/** A 姓名 shown on a public screen: the first character, then * for the rest but the last (王*明, 王*). */
export function maskName(name: string): string {
  const chars = [...name];
  if (chars.length <= 1) return name;
  if (chars.length === 2) return `${chars[0]}*`;
  return chars[0] + '*'.repeat(chars.length - 2) + chars[chars.length - 1];
}

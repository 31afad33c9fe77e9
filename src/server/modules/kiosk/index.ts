/**
 * The kiosk module's only door (docs/architecture.md, module layout): enrolled kiosk devices and
 * signing a person in at one by ID card or by QR from their phone (docs/decisions.md D32). The card
 * deck of the local (demo) reader is passed in by the composition root.
 */
export { createKioskRoutes } from './kiosk.routes';
export { localCardDeck, type CardDeck } from './kiosk.demo-cards';

/**
 * The e-licences module's only door (电子证照 and 电子印章, docs/domain.md S16, S17): the
 * identifier and the SM2-SM3 signature core, and the e-seals with their public API.
 */
export { licencesRoutes } from './licences.routes';
export { issueLicenceForCase } from './licences.issue';
export { licencesDemoSeeder } from './licences.demo';
export { licenceIdentifier, parseLicenceIdentifier, LICENCE_OID_ROOT, type LicenceIdentifierParts } from './licences.identifier';
export { SIGNATURE_ALGORITHM, canonicalOf, signCanonical, verifyCanonical, generateSealKeyPair, sealPrivateKey, openPrivateKey } from './licences.signature';
export { walletSource } from './licences.sources';

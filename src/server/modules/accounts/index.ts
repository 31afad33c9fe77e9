/**
 * The accounts module's only door (docs/architecture.md, module layout): self-registration of
 * citizens and enterprises, sign-in by SMS code, password reset, enterprise staff invitations.
 * Real-name verification is an interface; the composition root passes the verifier in.
 */
export { createAccountsRoutes } from './accounts.routes';
export { localRealNameVerifier, type RealNameVerifier, type RealNameResult } from './accounts.realname';

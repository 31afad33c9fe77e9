/**
 * The cases module's only door: the composition root imports from here, never from the module's
 * files (docs/architecture.md, module layout).
 */
export { casesDemoSeeder, demoCasesLoaded } from './cases.demo';
export { registerCasesJobs, CASES_DEMO_LOADED_QUEUE } from './cases.jobs';
export { casesRoutes } from './cases.routes';
export { findCaseFacts, findCasesFinishedBetween, findFinishedCaseIds, type CaseFacts, type FinishedCase } from './cases.facts';
export { lightAt, LIGHT_RANK, type Light } from './cases.clock';
export { casesReportSource, findCaseReportKeys, type CaseReportKeys } from './cases.report';
export type { CaseStatus } from './cases.state';
export {
  identitySource,
  registerFactReader,
  registerMaterialSource,
  type FactAnswer,
  type FactReader,
  type MaterialNeed,
  type MaterialOffer,
  type MaterialSource,
  type SatisfiedMaterial,
  type SourceRequest,
} from './cases.sources';
export { registerLicenceIssuer, type IssuedLicence, type LicenceIssuer, type LicenceRequest } from './cases.licences';
export {
  insertSimulatedCases,
  prepareCaseSimulation,
  simulateCaseBatch,
  SIMULATION_RATES,
  type CaseSimulation,
  type CaseSimulationSetup,
  type SimulatedCaseBatch,
  type SimulatedFinish,
  type SimulationAccount,
  type SimulationStaff,
} from './cases.simulate';
// "一件事" members (docs/decisions.md D24): created, acted on together and handed results through these.
export { createCase, identityFields, resolveApplicant, type Applicant, type BundleMembership } from './cases.submit';
export { performActionIn } from './cases.service';
export { afterSubmit } from './cases.after-submit';
// Personal identifiers masked wherever a case's data is shown (docs/decisions.md D25).
export { maskedForm } from './cases.privacy';
export { validateForm, type FormProblem } from './cases.form';
export { findBundleMemberCases, handOverBundleResult, type BundleHandover, type BundleMemberCase } from './cases.bundle';
export { registerBundleObserver, type BundleMemberChange } from './cases.bundle-observer';
// 便民缴费 (docs/decisions.md D30): the payments module opens orders at the charging point and holds 出件 until paid.
export { authorizeCaseRead, registerCaseCharging, type CaseCharging, type CaseChargeChange, type OutstandingCharge } from './cases.charges';
// The paper of a case's stage (docs/decisions.md D34), for the kiosk's printer.
export { caseNoticeFor } from './cases.notice-pdf';

import type { AppContext } from './context';
import {
  casesDemoSeeder,
  casesReportSource,
  casesRoutes,
  registerCasesJobs,
  registerLicenceIssuer,
  registerMaterialSource,
  identitySource,
  registerFactReader,
  registerBundleObserver,
  registerCaseCharging,
} from './modules/cases';
import { bundleMemberObserver, bundlesDemoSeeder, bundlesReportSource, bundlesRoutes, registerBundlesJobs } from './modules/bundles';
import { catalogAdminRoutes, catalogRoutes, placesItemDirectory, seedCatalogDemo } from './modules/catalog';
import { exchangeDemoSeeder, exchangeRoutes, exchangeSource, readExchangeFact } from './modules/exchange';
import { hotlineDemoSeeder, hotlineReportSource, hotlineRoutes, registerHotlineJobs } from './modules/hotline';
import { issueLicenceForCase, licencesDemoSeeder, licencesRoutes, walletSource } from './modules/licences';
import { createPlacesRoutes } from './modules/places';
import { ratingsReportSource, ratingsRoutes, RATINGS_DEMO_LOADED_QUEUE, registerRatingsJobs } from './modules/ratings';
import { createReportsRoutes, registerReportsJobs, reportsDemoSeeder, type ReportSource } from './modules/reports';
import { registerSupervisionJobs, supervisionDemoSeeder, supervisionRoutes } from './modules/supervision';
import { createAccountsRoutes, localRealNameVerifier } from './modules/accounts';
import { appointmentsDemoSeeder, appointmentsRoutes, registerAppointmentsJobs, registerCheckInTicketIssuer } from './modules/appointments';
import { hallsReportSource, issueAppointmentTicket, queueDemoSeeder, queueRoutes, registerQueueJobs } from './modules/queue';
import { createKioskRoutes, localCardDeck } from './modules/kiosk';
import { localGatewayFactory, paymentsCharging, paymentsDemoSeeder, paymentsRoutes, registerPaymentGateway, registerPaymentsJobs } from './modules/payments';
import { auditRoutes } from './platform/audit/audit.routes';
import { authRoutes } from './platform/auth/auth.routes';
import { calendarRoutes } from './platform/calendar/calendar.routes';
import type { RoutesPlugin } from './platform/http/types';
import { registerHousekeeping } from './platform/jobs/housekeeping';
import { notificationsRoutes, registerSmsJob } from './platform/notifications/notifications.routes';
import { filesRoutes } from './platform/files/files.routes';
import { orgRoutes } from './platform/org/org.routes';
import type { DemoSeeder } from './seed/seed';

/**
 * Everything the composition root wires in, in one list, so the server and the test helper build
 * the same application. A new module adds its routes, demo seeder and job registration here, each
 * imported from the module's door (its index.ts), and wires one module's interface to another's
 * implementation here (docs/architecture.md, module layout).
 */
export const ROUTES: RoutesPlugin[] = [authRoutes, orgRoutes, calendarRoutes, auditRoutes, notificationsRoutes];

export const DEMO_SEEDERS: DemoSeeder[] = [];

// Places see items only through the interface they declare; the catalog implements it.
ROUTES.push(catalogRoutes, catalogAdminRoutes, createPlacesRoutes(placesItemDirectory));
DEMO_SEEDERS.push(seedCatalogDemo);
ROUTES.push(filesRoutes, casesRoutes);
DEMO_SEEDERS.push(casesDemoSeeder);
ROUTES.push(ratingsRoutes);
ROUTES.push(supervisionRoutes);
DEMO_SEEDERS.push(supervisionDemoSeeder);
ROUTES.push(hotlineRoutes);
DEMO_SEEDERS.push(hotlineDemoSeeder);
ROUTES.push(exchangeRoutes);
DEMO_SEEDERS.push(exchangeDemoSeeder);
ROUTES.push(licencesRoutes);
DEMO_SEEDERS.push(licencesDemoSeeder);
// Self-registration checks real names through a verifier: the local one checks the ID checksum and
// the name's format; a deployment passes its national identity service here (docs/decisions.md D23).
ROUTES.push(createAccountsRoutes(localRealNameVerifier));
// Cases deliver e-licences through the issuer they declare; the licences module signs them.
registerLicenceIssuer(issueLicenceForCase);
// 免提交 (docs/decisions.md D21): the real-name account for the ID card, the applicant's own e-licences, then the exchange.
registerMaterialSource(identitySource);
registerMaterialSource(walletSource);
registerMaterialSource(exchangeSource);
// 秒批 (docs/decisions.md D22) reads its facts through the exchange.
registerFactReader(readExchangeFact);
// "一件事" (docs/decisions.md D24): member cases tell their bundle of each change.
ROUTES.push(bundlesRoutes);
registerBundleObserver(bundleMemberObserver);
// The demo bundles wait for the demo cases (bundles.jobs.ts), so they never stop the cases demo from loading.
DEMO_SEEDERS.push(bundlesDemoSeeder);
// 预约 (docs/decisions.md D28): slots from the places' hours, bookings read places and items through their doors.
ROUTES.push(appointmentsRoutes);
DEMO_SEEDERS.push(appointmentsDemoSeeder);
// 取号、叫号 (docs/decisions.md D29): a check-in issues its priority ticket through the issuer appointments declare.
ROUTES.push(queueRoutes);
registerCheckInTicketIssuer(issueAppointmentTicket);
DEMO_SEEDERS.push(queueDemoSeeder);

// 便民缴费 (docs/decisions.md D30): cases of fee-charging items get payment orders and wait for payment before 出件;
// gateways plug in as adapters — the local one when TONGBAN_PAYMENT_GATEWAY=local, a deployment's own beside it.
registerCaseCharging(paymentsCharging);
registerPaymentGateway(localGatewayFactory);
ROUTES.push(paymentsRoutes);
DEMO_SEEDERS.push(paymentsDemoSeeder);

// The kiosk's identity (docs/decisions.md D32): enrolled devices, sign-in by ID card or by QR from the phone;
// the local card reader's demo deck is wired here, a deployment's vendor reader lives in the kiosk's page.
ROUTES.push(createKioskRoutes(localCardDeck));

// The reports read every module's figures through the sources listed here (docs/decisions.md D15):
// a module with figures adds its source to this list; the reports module stays as it is.
export const REPORT_SOURCES: ReportSource[] = [casesReportSource, ratingsReportSource, hotlineReportSource, bundlesReportSource, hallsReportSource];
ROUTES.push(createReportsRoutes(REPORT_SOURCES));
DEMO_SEEDERS.push(reportsDemoSeeder);

/** Job handlers and schedules of every module. */
export async function registerJobs(ctx: AppContext): Promise<void> {
  await registerHousekeeping(ctx);
  await registerSmsJob(ctx);
  await registerCasesJobs(ctx);
  await registerHotlineJobs(ctx);
  await registerRatingsJobs(ctx);
  await registerReportsJobs(REPORT_SOURCES, RATINGS_DEMO_LOADED_QUEUE)(ctx);
  await registerSupervisionJobs(ctx);
  await registerBundlesJobs(ctx);
  await registerAppointmentsJobs(ctx);
  await registerQueueJobs(ctx);
  await registerPaymentsJobs(ctx);
}

import type { AppointmentsTables } from './tables/appointments';
import type { BundlesTables } from './tables/bundles';
import type { CasesTables } from './tables/cases';
import type { CatalogTables } from './tables/catalog';
import type { ExchangeTables } from './tables/exchange';
import type { HotlineTables } from './tables/hotline';
import type { KioskTables } from './tables/kiosk';
import type { LicencesTables } from './tables/licences';
import type { PaymentsTables } from './tables/payments';
import type { PlatformTables } from './tables/platform';
import type { QueueTables } from './tables/queue';
import type { RatingsTables } from './tables/ratings';
import type { ReportsTables } from './tables/reports';
import type { SupervisionTables } from './tables/supervision';

/**
 * Every table Kysely knows, one file per module under tables/, each kept next to the migrations
 * that create its tables.
 */
export type DB = PlatformTables &
  CatalogTables &
  CasesTables &
  HotlineTables &
  RatingsTables &
  ReportsTables &
  SupervisionTables &
  LicencesTables &
  ExchangeTables &
  BundlesTables &
  AppointmentsTables &
  QueueTables &
  PaymentsTables &
  KioskTables;

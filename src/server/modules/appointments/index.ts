/**
 * The appointments module's only door (docs/architecture.md, module layout). Appointments read
 * places and items through the places and catalog doors; the queue reads them through this door
 * (window groups, the kiosk's check-in) and issues check-in tickets through the issuer registered here.
 */
export { appointmentsRoutes } from './appointments.routes';
export { registerAppointmentsJobs } from './appointments.jobs';
export { appointmentsDemoSeeder } from './appointments.demo';
export { checkInAtHall, registerCheckInTicketIssuer, type CheckedInAppointment, type CheckInTicketIssuer } from './appointments.checkin';
export { groupForItem, hallOpening, windowGroupOf, windowGroups, type ItemGroup } from './appointments.slots';

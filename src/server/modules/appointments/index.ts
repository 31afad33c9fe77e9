/**
 * The appointments module's only door (docs/architecture.md, module layout). Appointments read
 * places and items through the places and catalog doors; nothing imports appointments yet.
 */
export { appointmentsRoutes } from './appointments.routes';
export { registerAppointmentsJobs } from './appointments.jobs';
export { appointmentsDemoSeeder } from './appointments.demo';

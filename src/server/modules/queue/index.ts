/**
 * The queue module's only door (docs/architecture.md, module layout): tickets and window calling
 * (docs/decisions.md D29). The queue reads places, items and appointments through their doors; the
 * composition root registers `issueAppointmentTicket` as the appointments' check-in issuer.
 */
export { queueRoutes } from './queue.routes';
export { issueAppointmentTicket } from './queue.take';
export { queueDemoSeeder } from './queue.demo';
export { registerQueueJobs } from './queue.jobs';
export { hallsReportSource } from './queue.report';

/**
 * The payments module's only door (便民缴费, docs/domain.md S21, docs/decisions.md D30). Payments
 * read cases and items through the cases and catalog doors, and implement the cases module's
 * charging interface; nothing imports payments but the composition root.
 */
export { paymentsRoutes } from './payments.routes';
export { registerPaymentsJobs } from './payments.jobs';
export { paymentsCharging } from './payments.orders';
export { registerPaymentGateway, type PaymentGateway, type PaymentGatewayFactory } from './payments.gateway';
export { localGatewayFactory } from './payments.local-gateway';
export { paymentsDemoSeeder } from './payments.demo';

/**
 * The data-sharing exchange module's only door (共享交换, docs/domain.md S16): the composition root
 * and other modules import from here, never from the module's files (docs/architecture.md, module layout).
 */
export { exchangeRoutes } from './exchange.routes';
export { exchangeDemoSeeder } from './exchange.demo';
export { EXCHANGE_CHAIN } from './exchange.service';
export { exchangeSource, readExchangeFact } from './exchange.sources';

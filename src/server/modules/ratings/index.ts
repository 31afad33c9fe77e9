/**
 * The ratings module's only door (好差评 and 整改, docs/domain.md S9): the composition root imports
 * from here, never from the module's files (docs/architecture.md, module layout).
 */
export { ratingsRoutes } from './ratings.routes';
export { registerRatingsJobs, RATINGS_DEMO_LOADED_QUEUE } from './ratings.jobs';
export { rateCase } from './ratings.service';
export {
  rateTicket,
  getTicketRating,
  inviteTicketRating,
  describeRatingLink,
  type TicketRatingSubject,
  type TicketRater,
  type RatingLinkFacts,
} from './ratings.tickets';
export { rateBundle, getBundleRating, type BundleRatingSubject, type BundleRatingView } from './ratings.bundles';
export { ratingsReportSource } from './ratings.report';
export { findRectificationFacts, type RectificationFacts } from './ratings.facts';
export { insertSimulatedRatings, RATING_RATES, simulateRatings, type RatingSimulationSetup, type SimulatedRatingBatch } from './ratings.simulate';

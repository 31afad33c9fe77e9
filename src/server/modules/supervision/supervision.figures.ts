import type { Executor } from '../../db/executor';
import { countOrderFigures } from './supervision.repository';
import type { OrderFiguresBy, OrderFiguresRow } from './supervision.schemas';

/**
 * The order figures that scoring reads (考评, docs/domain.md S11): per department or region, of the
 * orders opened in [from, to):
 * - opened: how many;
 * - answeredOnTime: those whose first answer came by the deadline;
 * - overdue: those whose deadline fell before `to` with no answer by it (late or still none);
 * - escalated: those escalated at least to the department head.
 * A department or region with no order in the period has no row: "no data", never a perfect score.
 */
export function supervisionOrderFigures(db: Executor, q: { from: Date; to: Date; by: OrderFiguresBy }): Promise<OrderFiguresRow[]> {
  return countOrderFigures(db, q.by, q.from, q.to);
}

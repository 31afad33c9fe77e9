import type { z } from 'zod';
import type { WireOf } from '../wire';
import type { createOrderBody, orderActionBody, orderDetailSchema, orderItemSchema, orderListSchema, orderRefSchema } from './supervision.schemas';

/** The supervision-orders API's answers as the browser receives them (see wire.ts). */

export type OrderRefWire = WireOf<typeof orderRefSchema>;
export type OrderItemWire = WireOf<typeof orderItemSchema>;
export type OrderListWire = WireOf<typeof orderListSchema>;
export type OrderDetailWire = WireOf<typeof orderDetailSchema>;
export type CreateOrderRequest = z.input<typeof createOrderBody>;
export type OrderActionRequest = z.input<typeof orderActionBody>;

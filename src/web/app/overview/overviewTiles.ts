import type { MessageKey } from '../../i18n/messages';
import type { Role } from '../../shared/me';
import { todoStatuses } from '../../cases/office/officeStatuses';
import { BOARD_STATUSES } from '../../../shared/cases/board.enums';
import type { CaseStatus } from '../../../shared/cases/cases.enums';

/**
 * What a workbench's overview counts (issue 13: "overview pages with live counts and to-dos"): each
 * tile is a list the user can already open, asked for one row so the answer's `total` is the count
 * (the server scopes it to the user and caps it at 1,000). Pure, so which tiles each role sees is
 * unit-tested.
 */
export interface OverviewTile {
  key: string;
  label: MessageKey;
  /** The list endpoint and its filters. */
  api: string;
  query: Record<string, string | number | boolean>;
  /** Where the tile leads: the page that lists the same. */
  to: string;
  /** A count above zero that asks for action now. */
  tone?: 'warning' | 'danger';
}

const csv = (statuses: readonly CaseStatus[]) => statuses.join(',');
const OPEN_MINE: readonly CaseStatus[] = ['submitted', 'prechecked', 'accepted', 'routed', 'reviewed', 'special_procedure', 'approved', 'denied', 'completed'];

function caseTile(
  key: string,
  label: MessageKey,
  to: string,
  statuses: readonly CaseStatus[],
  extra: Record<string, string | boolean> = {},
  tone?: OverviewTile['tone'],
): OverviewTile {
  return { key, label, api: '/api/v1/cases', query: { status: csv(statuses), ...extra }, to, ...(tone ? { tone } : {}) };
}

export function overviewTiles(workbench: string, roles: readonly Role[]): OverviewTile[] {
  switch (workbench) {
    case 'portal':
      return [
        caseTile('open', 'overview.portal.open', '/portal/me/cases', OPEN_MINE, { mine: true }),
        caseTile('correction', 'overview.portal.correction', '/portal/me/cases', ['correction_requested'], { mine: true }, 'warning'),
        caseTile('drafts', 'overview.portal.drafts', '/portal/me/cases', ['draft'], { mine: true }),
        { key: 'bundles', label: 'overview.portal.bundles', api: '/api/v1/bundle-cases', query: {}, to: '/portal/me/bundles' },
      ];
    case 'window':
      return [
        caseTile('waiting', 'overview.window.waiting', '/window/queue', ['submitted', 'prechecked'], {}, 'warning'),
        caseTile('correcting', 'overview.window.correcting', '/window/queue', ['correction_requested']),
        caseTile('ready', 'overview.window.ready', '/window/delivery', ['completed', 'approved', 'denied'], {}, 'warning'),
      ];
    case 'office': {
      const todo = todoStatuses(roles);
      if (!todo.length) return [];
      return [
        caseTile('todo', 'overview.office.todo', '/office/todo', todo),
        caseTile('red', 'overview.office.red', '/office/todo', todo, { light: 'red' }, 'danger'),
        caseTile('overdue', 'overview.office.overdue', '/office/todo', todo, { light: 'overdue' }, 'danger'),
      ];
    }
    case 'supervision':
      return [
        caseTile('yellow', 'overview.supervision.yellow', '/supervision/efficiency?light=yellow', BOARD_STATUSES, { light: 'yellow' }, 'warning'),
        caseTile('red', 'overview.supervision.red', '/supervision/efficiency?light=red', BOARD_STATUSES, { light: 'red' }, 'danger'),
        caseTile('overdue', 'overview.supervision.overdue', '/supervision/efficiency?light=overdue', BOARD_STATUSES, { light: 'overdue' }, 'danger'),
        { key: 'orders', label: 'overview.supervision.orders', api: '/api/v1/supervision/orders', query: { status: 'open' }, to: '/supervision/orders' },
      ];
    case 'hotline':
      return [
        {
          key: 'pending',
          label: 'overview.hotline.pending',
          api: '/api/v1/hotline/tickets',
          query: { status: 'pending_dispatch' },
          to: '/hotline/tickets',
          tone: 'warning',
        },
        {
          key: 'working',
          label: 'overview.hotline.working',
          api: '/api/v1/hotline/tickets',
          query: { status: 'dispatched,processing' },
          to: '/hotline/tickets',
        },
        {
          key: 'overdue',
          label: 'overview.hotline.overdue',
          api: '/api/v1/hotline/tickets',
          query: { status: 'dispatched,processing,returned', overdue: 'true' },
          to: '/hotline/tickets',
          tone: 'danger',
        },
      ];
    default:
      return [];
  }
}

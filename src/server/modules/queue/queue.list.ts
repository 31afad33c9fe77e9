import type { AppContext } from '../../context';
import type { Actor } from '../../platform/auth/roles';
import { toShanghaiDate } from '../../platform/calendar/shanghai-date';
import type { Lang } from '../../platform/errors';
import { maskMobile } from '../../platform/ids/mobile';
import { getPlaceSchedule } from '../places';
import { authorizeList } from './queue.policy';
import * as repo from './queue.repository';
import type { ListInput, TicketList } from './queue.schemas';

/** A place's tickets of a day for its staff (the clerk's panel, the hall manager), one page at a time, mobiles masked. */
export async function listDayTickets(ctx: AppContext, actor: Actor, placeCode: string, q: ListInput, now: Date, lang: Lang): Promise<TicketList> {
  const place = await getPlaceSchedule(ctx.db, placeCode);
  authorizeList(actor, place.regionCode);
  const date = q.date ?? toShanghaiDate(now);
  const { rows, total } = await repo.findDayTickets(ctx.db, place.code, date, {
    group: q.group?.toUpperCase(),
    status: q.status,
    page: q.page,
    pageSize: q.pageSize,
  });
  const en = lang === 'en-US';
  return {
    place: { code: place.code, name: en ? place.nameEn : place.nameZh },
    date,
    tickets: rows.map((r) => ({
      id: r.id,
      number: r.number,
      status: r.status,
      priority: r.priority,
      channel: r.channel,
      group: r.group_code,
      item: r.item_code ? { code: r.item_code, name: (en ? r.item_name_en : r.item_name_zh) ?? r.item_code } : null,
      appointmentId: r.appointment_id,
      window: r.window_code,
      clerk: r.called_by_name,
      calls: r.calls,
      mobile: r.mobile === null ? null : maskMobile(r.mobile),
      issuedAt: r.issued_at,
      calledAt: r.called_at,
      finishedAt: r.finished_at,
    })),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

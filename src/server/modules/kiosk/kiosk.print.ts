import { recordAudit } from '../../platform/audit/audit';
import type { Actor } from '../../platform/auth/roles';
import type { Lang } from '../../platform/errors';
import { hotFolderPrinter, type Printer } from '../../platform/printing/printer';
import type { AppContext } from '../../context';
import { caseNoticeFor } from '../cases';
import type { DeviceRow } from './kiosk.repository';

const printers = new WeakMap<AppContext, Printer>();

/** The printer of this node's kiosks: the hot folder of the configuration (docs/decisions.md D34). */
function printerOf(ctx: AppContext): Printer {
  let p = printers.get(ctx);
  if (!p) printers.set(ctx, (p = hotFolderPrinter(ctx.config.printSpoolDir)));
  return p;
}

/**
 * Prints the notice of one of the signed-in person's cases at the kiosk they stand at: the case is
 * read as they may see it (someone else's case is not found), rendered, and sent to the kiosk's
 * printer, one folder per kiosk. Audited without the document's content.
 */
export async function printCaseNotice(ctx: AppContext, device: DeviceRow, actor: Actor, caseId: string, lang: Lang): Promise<{ jobId: string; title: string }> {
  const notice = await caseNoticeFor(ctx, actor, caseId, ctx.clock.now(), lang);
  const { jobId } = await printerOf(ctx).print({ printer: device.id, title: notice.title, pdf: notice.pdf, requestedBy: actor.id });
  await recordAudit(ctx.db, {
    action: 'kiosk.printed',
    actorId: actor.id,
    actorName: actor.displayName,
    regionCode: actor.regionCode,
    subjectType: 'case',
    subjectId: caseId,
    data: { kiosk: device.id, place: device.place_code, jobId, title: notice.title },
  });
  return { jobId, title: notice.title };
}

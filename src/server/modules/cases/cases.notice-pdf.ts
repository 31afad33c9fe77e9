import type { AppContext } from '../../context';
import type { Actor } from '../../platform/auth/roles';
import type { Lang } from '../../platform/errors';
import { toShanghaiDate } from '../../platform/calendar/shanghai-date';
import { findDepartmentNames } from '../../platform/org/org.repository';
import { drawQr } from '../../platform/pdf/qr';
import { GREY, openSheet, RED } from '../../platform/pdf/pdf-sheet';
import type { CaseDetail } from './cases.schemas';
import { STATUS_LABELS } from './cases.labels';
import { getCaseDetail } from './cases.read';
import { savePdf } from '../../platform/pdf/save';

/**
 * The paper a person takes home from a window or a kiosk (docs/decisions.md D34): what stage their
 * case is at, in the form the law names for it — 申请回执 on receipt, 补正材料通知书 (every item
 * owed, 一次性告知), 受理通知书 with the promised date, 不予受理通知书 — with the case number, the
 * item, the department, the applicant (masked, as on every screen) and a QR code of the public
 * progress query. It is made from the case as the caller may see it (`getCaseDetail`), never more.
 */

type Label = (zh: string, en: string) => string;
type Kind = { zh: string; en: string; body: (c: CaseDetail, L: Label) => Array<[string, string]> };

const day = (d: Date | null) => (d ? toShanghaiDate(d) : '—');
type Deficiency = { dueDate?: string; items?: Array<{ name?: string; materialCode: string }> } | null;
const owed = (c: CaseDetail) => (c.deficiency as Deficiency)?.items?.map((x) => x.name ?? x.materialCode) ?? [];
const owedBy = (c: CaseDetail) => (c.deficiency as Deficiency)?.dueDate ?? '';

const KINDS: Record<'receipt' | 'correction' | 'accepted' | 'not_accepted', Kind> = {
  receipt: {
    zh: '申请回执',
    en: 'Acknowledgement of application',
    body: (c, L) => [[L('收到申请', 'Received'), day(c.submittedAt)]],
  },
  correction: {
    zh: '补正材料通知书',
    en: 'Notice to supply corrections',
    body: (c, L) => {
      const items = ((c.correction as { items?: Array<{ name?: string; problem: string }> } | null)?.items ?? []).map(
        (x, i) => [`${i + 1}.`, x.name ? `${x.name}：${x.problem}` : x.problem] as [string, string],
      );
      return [[L('请补正', 'Supply'), L('以下内容一次性告知，补齐后继续办理', 'everything below, all at once; the case then goes on')], ...items];
    },
  },
  accepted: {
    zh: '受理通知书',
    en: 'Notice of acceptance',
    body: (c, L) => [
      [L('受理日期', 'Accepted'), day(c.lines.acceptedAt)],
      [L('承诺办结', 'Promised by'), day(c.lines.promisedDue)],
      [L('法定办结', 'Statutory limit'), day(c.lines.statutoryDue)],
      // 容缺受理: the materials still owed and by when, as the window's printed notice lists them.
      ...owed(c).map((name, i): [string, string] => [i === 0 ? L(`容缺补交（${owedBy(c)} 前）`, `Owed by ${owedBy(c)}`) : '', name]),
    ],
  },
  not_accepted: {
    zh: '不予受理通知书',
    en: 'Notice of non-acceptance',
    body: (c, L) =>
      ((c.decisionData as { notAcceptedReasons?: string[] } | null)?.notAcceptedReasons ?? []).map((r, i) => [i === 0 ? L('理由', 'Reasons') : '', r]),
  },
};

function kindOf(c: CaseDetail): Kind {
  if (c.status === 'correction_requested') return KINDS.correction;
  if (c.status === 'not_accepted') return KINDS.not_accepted;
  if (c.lines.acceptedAt) return KINDS.accepted;
  return KINDS.receipt;
}

/** The notice of a case's current stage as a one-page A5 PDF. */
export async function caseNoticePdf(ctx: AppContext, c: CaseDetail, now: Date): Promise<Uint8Array> {
  const kind = kindOf(c);
  const W = 419.53;
  const H = 595.28; // A5 portrait: what a kiosk's receipt printer and a window's laser printer both take
  const s = await openSheet({ width: W, height: H, title: `${kind.zh} ${c.caseNo ?? ''}`, keywords: c.caseNo ? [c.caseNo] : [] });
  const department = (await findDepartmentNames(ctx.db, [c.item.departmentCode])).get(c.item.departmentCode);
  s.centred(s.L(kind.zh, kind.en), H - 56, 20, RED);
  s.page.drawLine({ start: { x: 40, y: H - 68 }, end: { x: W - 40, y: H - 68 }, thickness: 1, color: RED });

  let y = H - 96;
  const row = (label: string, value: string) => {
    const lines = s.wrap(value, W - 150, 10.5);
    s.text(label, 40, y, 10.5, GREY);
    for (const line of lines.length ? lines : ['']) {
      s.text(line, 130, y, 10.5);
      y -= 16;
    }
    y -= 4;
  };
  row(s.L('办件编号', 'Case no.'), c.caseNo ?? '—');
  row(s.L('申请事项', 'Item'), c.item.name);
  row(s.L('办理部门', 'Department'), department ? (s.zh ? department.zh : department.en) : c.item.departmentCode);
  row(s.L('申请人', 'Applicant'), `${c.applicant.name}  ${c.applicant.idNumber}`);
  row(s.L('当前状态', 'Status'), s.zh ? STATUS_LABELS[c.status].zh : STATUS_LABELS[c.status].en);
  y -= 6;
  for (const [label, value] of kind.body(c, s.L)) row(label, value);

  const qrSide = 96;
  const progress = `${ctx.config.publicUrl}/progress?caseNo=${encodeURIComponent(c.caseNo ?? '')}`;
  drawQr(s.page, progress, W - 40 - qrSide, 70, qrSide);
  s.text(s.L('扫码或在“进度查询”输入办件编号', 'Scan, or enter the case number'), 40, 130, 9, GREY);
  s.text(s.L('和证件号码后四位，随时查看进度。', 'at Progress with the ID’s last four.'), 40, 116, 9, GREY);
  s.text(`${s.L('打印时间', 'Printed')}: ${toShanghaiDate(now)}`, 40, 80, 9, GREY);
  s.text(s.L('包头市一体化在线政务服务平台', 'Baotou integrated online government services'), 40, 66, 9, GREY);
  return savePdf(s.doc);
}

/** The notice of a case the actor may see, rendered: for the notice download and the kiosk's printer. */
export async function caseNoticeFor(
  ctx: AppContext,
  actor: Actor,
  caseId: string,
  now: Date,
  lang: Lang,
): Promise<{ pdf: Uint8Array; title: string; fileName: string }> {
  const detail = await getCaseDetail(ctx, actor, caseId, now, lang);
  const kind = kindOf(detail);
  const title = `${lang === 'en-US' ? kind.en : kind.zh} ${detail.caseNo ?? ''}`.trim();
  return { pdf: await caseNoticePdf(ctx, detail, now), title, fileName: `${kind.zh}-${detail.caseNo ?? detail.id}.pdf` };
}

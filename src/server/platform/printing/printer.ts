import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The printer adapter (docs/decisions.md D34). A kiosk or a window prints a document the platform
 * rendered as PDF; the adapter hands it to a printer. This repository ships the hot-folder printer:
 * each job is written, whole, into `<spool>/<printer>/` as `<time>-<job>.pdf` with a `.json` beside
 * it (title, copies, who asked), which is how hall print agents and print servers commonly take work
 * (the agent watches the folder and prints what appears), and what a test or a demo can look at. An
 * IPP or vendor-SDK printer implements the same interface.
 */
export interface PrintJob {
  /** The printer's name: the kiosk's id, or a window's printer. */
  printer: string;
  title: string;
  pdf: Uint8Array;
  copies?: number;
  /** Who asked, for the job's record (never the document's personal data). */
  requestedBy: string;
}

export interface PrintResult {
  jobId: string;
  /** Where the job went: the file a hot-folder agent picks up. */
  location: string;
}

export interface Printer {
  readonly kind: string;
  print(job: PrintJob): Promise<PrintResult>;
}

const SAFE_NAME = /^[A-Za-z0-9_-]{1,80}$/;

/** Prints by writing each job into `<spool>/<printer>/`: the .pdf appears only once complete (written then renamed). */
export function hotFolderPrinter(spool: string): Printer {
  return {
    kind: 'hot-folder',
    async print(job) {
      if (!SAFE_NAME.test(job.printer)) throw new Error(`bad printer name ${job.printer}`);
      const dir = path.join(spool, job.printer);
      await fs.promises.mkdir(dir, { recursive: true });
      const jobId = randomUUID();
      const base = path.join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${jobId}`);
      const meta = { jobId, title: job.title, copies: job.copies ?? 1, requestedBy: job.requestedBy, bytes: job.pdf.byteLength };
      await fs.promises.writeFile(`${base}.json`, JSON.stringify(meta, null, 2));
      await fs.promises.writeFile(`${base}.pdf.part`, job.pdf);
      await fs.promises.rename(`${base}.pdf.part`, `${base}.pdf`);
      return { jobId, location: `${base}.pdf` };
    },
  };
}

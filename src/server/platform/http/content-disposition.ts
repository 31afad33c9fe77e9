/**
 * Content-Disposition for a file the platform sends, with an ASCII fallback and the UTF-8 name
 * (RFC 6266 / 5987), so Chinese file names survive every browser: `inline` to open in the browser
 * (a PDF to read or print), `attachment` to save (an export).
 */
export function contentDisposition(name: string, kind: 'inline' | 'attachment' = 'inline'): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

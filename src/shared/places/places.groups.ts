/**
 * A window's group: its code without the trailing number (A01 → A, RS12 → RS), '*' for a code with
 * no letters. Appointments take capacity per group and the queue numbers tickets by it
 * (docs/decisions.md D28, D29); the server and the hall's pages must agree on it.
 */
export function windowGroupOf(code: string): string {
  return code.replace(/[0-9]+$/, '').replace(/[^A-Za-z-]/g, '') || '*';
}

import type { FastifyReply } from 'fastify';

export type Cell = string | number | boolean | null | undefined;

/**
 * A text cell that a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading
 * apostrophe (OWASP's advice). Numbers are written as numbers, so -0.25 stays a number.
 */
function cell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(header: string[], rows: Cell[][]): string {
  return [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** Sets text/csv with an attachment name made of safe characters only. */
export function sendCsv(reply: FastifyReply, name: string, csv: string): string {
  const fileName = `${name.replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 100)}.csv`;
  void reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${fileName}"`);
  // A byte-order mark so that spreadsheet programs read Arabic and Cyrillic names as UTF-8.
  return `\uFEFF${csv}`;
}

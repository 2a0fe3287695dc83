/** RFC 4180: a cell is quoted when it holds a comma, a quote or a line break; null is an empty cell. */
function cell(value: string | null | undefined): string {
  const text = value ?? '';
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Records as CSV: a header of `columns`, one CRLF-ended line per record. */
export function writeCsv(
  columns: readonly string[],
  records: readonly Readonly<Record<string, string | null>>[],
): string {
  return (
    [columns, ...records.map((record) => columns.map((column) => record[column] ?? null))]
      .map((row) => row.map(cell).join(','))
      .join('\r\n') + '\r\n'
  );
}

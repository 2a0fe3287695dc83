import type { Request, Response } from 'express';
import type { QueryColumn } from './analyzer-query.js';
import type { LegacyRecord } from './legacy-records.js';

/** RFC 4180: quote a cell when it holds a comma, quote or line break; a null is the literal `null`. */
function cell(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? 'null' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvLines(
  header: readonly string[],
  rows: readonly (readonly (string | number | null | undefined)[])[],
): string {
  return [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

function wantsCsv(request: Request): boolean {
  return request.accepts(['application/json', 'text/csv']) === 'text/csv';
}

/** One record: a JSON object, or with `Accept: text/csv` a header of field names and one row. */
export function sendRecord(request: Request, response: Response, record: LegacyRecord): void {
  if (!wantsCsv(request)) {
    response.json(record);
    return;
  }
  const fields = Object.keys(record);
  response.type('text/csv').send(csvLines(fields, [fields.map((field) => record[field])]));
}

/**
 * A query's rows, one column per aggregation read back as `_<id>`. As CSV (WxCC 1.0 AnalyzerService
 * `getContactHistory`): metadata JSON lines, a line `SEG_PROFILE`, then the CSV with header `_0,_1,…`. As JSON the
 * layout is not documented: `{ "meta", "data": [{ "_0": … }] }`, the same metadata and cells.
 */
export function sendQueryRows(
  request: Request,
  response: Response,
  columns: readonly QueryColumn[],
  records: readonly LegacyRecord[],
): void {
  const meta = {
    records: records.length,
    columns: Object.fromEntries(columns.map((column) => [`_${column.id}`, column.field])),
  };
  const rows = records.map((record) => columns.map((column) => record[column.field] ?? null));
  if (!wantsCsv(request)) {
    response.json({
      meta,
      data: rows.map((row) =>
        Object.fromEntries(columns.map((column, index) => [`_${column.id}`, row[index] ?? null])),
      ),
    });
    return;
  }
  response.type('text/csv').send(
    `${JSON.stringify(meta)}\r\nSEG_PROFILE\r\n${csvLines(
      columns.map((column) => `_${column.id}`),
      rows,
    )}`,
  );
}

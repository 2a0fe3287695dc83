import { SITE_CSV_MAX_ROWS, SiteInput } from '../../../shared/api/webex.js';
import type { SiteBulkReport } from '../../../shared/api/webex.js';
import { InvalidRequestError } from '../errors.js';
import { CsvSyntaxError, readCsv } from './csv-reader.js';

const COLUMNS = ['name', 'active', 'multimediaProfileId', 'description'] as const;
const REQUIRED = ['name', 'active', 'multimediaProfileId'] as const;

/** A row of the upload that is a valid site; `row` is its line in the file. */
export interface SiteRow {
  readonly row: number;
  readonly site: SiteInput;
}

/**
 * The rows of a sites CSV upload, each checked on its own: the valid ones, and the refused ones with the reason (a
 * wrong value, or a name that an earlier row already has). A file that is not CSV, lacks a required column, names an
 * unknown one or has more than 1000 rows is refused whole (400).
 */
export function readSiteCsv(text: string): { readonly valid: SiteRow[]; readonly refused: SiteBulkReport['refused'] } {
  let records;
  try {
    records = readCsv(text).filter((record) => record.fields.some((field) => field.trim() !== ''));
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new InvalidRequestError(`The CSV cannot be read: ${error.message}`);
    throw error;
  }
  const [header, ...rows] = records;
  if (header === undefined)
    throw new InvalidRequestError(
      'The CSV is empty: its first line names the columns name,active,multimediaProfileId,description',
    );
  const names = header.fields.map((field) => field.trim());
  const unknown = names.filter((name) => !(COLUMNS as readonly string[]).includes(name));
  if (unknown.length > 0)
    throw new InvalidRequestError(
      `Unknown CSV column${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')} (columns: ${COLUMNS.join(', ')})`,
    );
  const missing = REQUIRED.filter((name) => !names.includes(name));
  if (missing.length > 0)
    throw new InvalidRequestError(`The CSV lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`);
  if (rows.length > SITE_CSV_MAX_ROWS)
    throw new InvalidRequestError(`The CSV has ${rows.length} rows; at most ${SITE_CSV_MAX_ROWS} are taken at once`);

  const valid: SiteRow[] = [];
  const refused: SiteBulkReport['refused'] = [];
  const firstRowOf = new Map<string, number>();
  for (const { line, fields } of rows) {
    const cell = (column: string) => fields[names.indexOf(column)]?.trim();
    const name = cell('name');
    const refuse = (reason: string) =>
      refused.push({ row: line, ...(name === undefined || name === '' ? {} : { name }), reason });
    if (fields.length !== names.length) {
      refuse(`has ${fields.length} fields; the header names ${names.length}`);
      continue;
    }
    const active = cell('active')?.toLowerCase();
    if (active !== 'true' && active !== 'false') {
      refuse('active: must be true or false');
      continue;
    }
    const description = cell('description');
    const parsed = SiteInput.safeParse({
      name,
      active: active === 'true',
      multimediaProfileId: cell('multimediaProfileId'),
      ...(description === undefined || description === '' ? {} : { description }),
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      refuse(issue === undefined ? 'not a valid site' : `${issue.path.join('.')}: ${issue.message}`);
      continue;
    }
    const key = parsed.data.name.toLowerCase();
    const earlier = firstRowOf.get(key);
    if (earlier !== undefined) {
      refuse(`repeats the name of row ${earlier}`);
      continue;
    }
    firstRowOf.set(key, line);
    valid.push({ row: line, site: parsed.data });
  }
  return { valid, refused };
}

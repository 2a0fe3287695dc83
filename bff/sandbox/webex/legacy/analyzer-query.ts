import type { LegacyRecord } from './legacy-records.js';
import { LegacyApiError } from './legacy-errors.js';

/** A column the query asks for: read back as `_<id>`. */
export interface QueryColumn {
  readonly id: number;
  readonly field: string;
}

/** An Analyzer query (`q=`), once checked. */
export interface AnalyzerQuery {
  readonly dateBegin: number;
  readonly dateEnd: number;
  readonly numberOfRecords: number;
  readonly columns: readonly QueryColumn[];
  readonly matches: (record: LegacyRecord) => boolean;
}

/** WxCC 1.0's AnalyzerService caps a query at 1000 records; the lab's copied query asks 1 000 000 and gets the cap. */
const MAX_RECORDS = 1000;

interface ValueFilter {
  readonly columnName: string;
  readonly values: readonly string[];
}

/**
 * Reads the URL-decoded Analyzer query (the lab's `dataQuery?GET_DATA=` copy): `dateBegin[0]`/`dateEnd[0]` (epoch ms),
 * `aggregations[]` of `{ id, computeColumnName }` (VALUE aggregations: one column each), `numberOfRecords`, and
 * `filterGroups` (top level as in WxCC 1.0, or per aggregation as in the lab) whose `valueFilters` are read as
 * `{ columnName, values }` equality tests — their exact operators are not documented publicly.
 */
export function readAnalyzerQuery(text: string): AnalyzerQuery {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new LegacyApiError(400, 'q must be a URL-encoded JSON query');
  }
  if (typeof parsed !== 'object' || parsed === null) throw new LegacyApiError(400, 'q must be a JSON object');
  const query = parsed as Record<string, unknown>;
  const dateBegin = firstNumber(query.dateBegin);
  const dateEnd = firstNumber(query.dateEnd);
  if (dateBegin === undefined || dateEnd === undefined)
    throw new LegacyApiError(400, 'dateBegin and dateEnd must each hold an epoch time in milliseconds');
  if (dateBegin >= dateEnd) throw new LegacyApiError(400, 'dateBegin must be earlier than dateEnd');
  const aggregations = Array.isArray(query.aggregations) ? (query.aggregations as unknown[]) : [];
  const columns = aggregations.map((aggregation): QueryColumn => {
    const fields =
      typeof aggregation === 'object' && aggregation !== null ? (aggregation as Record<string, unknown>) : {};
    if (!Number.isInteger(fields.id) || typeof fields.computeColumnName !== 'string')
      throw new LegacyApiError(400, 'each aggregation needs an integer id and a computeColumnName');
    return { id: fields.id as number, field: fields.computeColumnName };
  });
  if (columns.length === 0) throw new LegacyApiError(400, 'aggregations must name at least one column');
  const groups = [
    query.filterGroups,
    ...aggregations.map((aggregation) => (aggregation as Record<string, unknown>).filterGroups),
  ].flatMap((group) => (Array.isArray(group) ? (group as unknown[]) : []));
  const requested =
    typeof query.numberOfRecords === 'number' && query.numberOfRecords > 0
      ? Math.floor(query.numberOfRecords)
      : MAX_RECORDS;
  return {
    dateBegin,
    dateEnd,
    numberOfRecords: Math.min(requested, MAX_RECORDS),
    columns,
    matches: groupsMatcher(groups),
  };
}

function firstNumber(value: unknown): number | undefined {
  const first: unknown = Array.isArray(value) ? value[0] : value;
  return typeof first === 'number' && Number.isFinite(first) ? first : undefined;
}

function groupsMatcher(groups: readonly unknown[]): (record: LegacyRecord) => boolean {
  const tests = groups.map((group) => {
    const fields = typeof group === 'object' && group !== null ? (group as Record<string, unknown>) : {};
    const filters = (Array.isArray(fields.valueFilters) ? (fields.valueFilters as unknown[]) : []).map(readValueFilter);
    const any = fields.operator === 'OR';
    return (record: LegacyRecord): boolean => {
      if (filters.length === 0) return true;
      const results = filters.map((filter) => filter.values.includes(String(record[filter.columnName])));
      return any ? results.some(Boolean) : results.every(Boolean);
    };
  });
  return (record) => tests.every((test) => test(record));
}

function readValueFilter(filter: unknown): ValueFilter {
  const fields = typeof filter === 'object' && filter !== null ? (filter as Record<string, unknown>) : {};
  const values = Array.isArray(fields.values)
    ? fields.values.map(String)
    : typeof fields.value === 'string' || typeof fields.value === 'number' || typeof fields.value === 'boolean'
      ? [String(fields.value)]
      : undefined;
  if (typeof fields.columnName !== 'string' || values === undefined)
    throw new LegacyApiError(400, 'valueFilters entries need a columnName and values');
  return { columnName: fields.columnName, values };
}

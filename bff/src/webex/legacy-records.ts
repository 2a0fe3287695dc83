import { createHmac } from 'node:crypto';
import type { Dispatcher } from 'undici';
import type { LegacyQuery, LegacyRecords } from '../../../shared/api/webex.js';
import { AppError } from '../errors.js';
import { UpstreamFormatError } from '../upstream/format-error.js';
import type { UpstreamCall, UpstreamProfile } from '../upstream/types.js';
import { UpstreamClient } from '../upstream/upstream-client.js';
import { readCsv } from './csv-reader.js';
import { WEBEX_ERRORS } from './webex-errors.js';
import { readWebexJson } from './webex-json.js';
import { z } from 'zod';

/** 503 `webex_legacy_not_configured`: WEBEX_LEGACY_URL, _TENANT_ID, _USER_ID and _API_KEY are not all set. */
export class LegacyNotConfiguredError extends AppError {
  readonly status = 503;
  readonly code = 'webex_legacy_not_configured';
}

export interface LegacyOptions {
  readonly url: string;
  readonly tenantId: string;
  readonly userId: string;
  readonly apiKey: string;
  readonly timeoutMs: number;
  readonly dispatcher?: Dispatcher;
}

const LEGACY: UpstreamProfile = {
  service: 'webex',
  name: 'Webex Contact Center (v1)',
  apiPath: '/aws/api',
  errorCode: 'ERR_WEBEX_LEGACY',
  maxBodyBytes: 16 * 1024 * 1024,
  mediaType: 'application/json',
  errors: WEBEX_ERRORS,
};

const RecordAnswer = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]));

/** The line WxCC 1.0's AnalyzerService puts between the metadata and the CSV (`getContactHistory`). */
const CSV_START = 'SEG_PROFILE';

/**
 * The legacy v1 API's CSR and CAR records (reference webex-contact-center.md §3): signed with
 * `Authorization: <base64 HMAC-SHA1(API key, user id)>;tenantId=<id>` and `From: <user id>` (the signature depends on
 * key and user only, so it is computed once), queried with an Analyzer query in `q=`, answered as CSV whose columns
 * are `_<aggregation id>` and read back to the field names asked for.
 */
export class LegacyRecordsClient {
  readonly #upstream: UpstreamClient<UpstreamCall> | undefined;
  readonly #headers: Readonly<Record<string, string>>;

  constructor(options: LegacyOptions | undefined) {
    this.#upstream =
      options === undefined
        ? undefined
        : new UpstreamClient(LEGACY, {
            baseUrl: options.url,
            timeoutMs: options.timeoutMs,
            ...(options.dispatcher === undefined ? {} : { dispatcher: options.dispatcher }),
          });
    this.#headers =
      options === undefined
        ? {}
        : {
            Authorization: `${createHmac('sha1', options.apiKey).update(options.userId).digest('base64')};tenantId=${options.tenantId}`,
            From: options.userId,
          };
  }

  query(type: 'csrs' | 'cars', query: LegacyQuery): Promise<LegacyRecords> {
    const analyzerQuery = {
      activityType: 'INTERACTION',
      numberOfRecords: query.limit,
      dateBegin: [query.from],
      dateEnd: [query.to],
      aggregateQueryProperties: {
        computeInterval: 0,
        computeIntervalUnit: 'NONE',
        queryType: 'TEMPORAL',
        intervalAxis: 'ROW',
        computeSummaries: false,
      },
      aggregations: query.fields.map((field, id) => ({ id, aggregationType: 'VALUE', computeColumnName: field })),
    };
    const path = `/${type}?q=${encodeURIComponent(JSON.stringify(analyzerQuery))}`;
    return this.upstream().exchange(
      {
        operation: `queryLegacy${type === 'csrs' ? 'Csrs' : 'Cars'}`,
        purpose: `the ${type.slice(0, -1).toUpperCase()} query`,
        method: 'GET',
        path,
        headers: { ...this.#headers, Accept: 'text/csv' },
        expectedStatus: [200],
      },
      ({ body }) => ({
        records: readQueryCsv(body, query.fields),
      }),
    );
  }

  /** One record by id: a CSR by its `sid`, a CAR by its chain id. */
  record(type: 'csrs' | 'cars', id: string): Promise<LegacyRecords> {
    return this.upstream().exchange(
      {
        operation: `getLegacy${type === 'csrs' ? 'Csr' : 'Car'}`,
        purpose: `the ${type.slice(0, -1).toUpperCase()} ${id}`,
        method: 'GET',
        path: `/${type}/${encodeURIComponent(id)}`,
        headers: this.#headers,
        expectedStatus: [200],
      },
      ({ body }) => ({
        records: [
          Object.fromEntries(
            Object.entries(readWebexJson(RecordAnswer, body)).map(([name, value]) => [
              name,
              value === null ? null : String(value),
            ]),
          ),
        ],
      }),
    );
  }

  close(): Promise<void> {
    return this.#upstream?.close() ?? Promise.resolve();
  }

  private upstream(): UpstreamClient<UpstreamCall> {
    if (this.#upstream === undefined)
      throw new LegacyNotConfiguredError(
        'The legacy Webex Contact Center API is not configured (WEBEX_LEGACY_URL, _TENANT_ID, _USER_ID, _API_KEY)',
      );
    return this.#upstream;
  }
}

/** The CSV after the `SEG_PROFILE` line, `_<n>` read back as the n-th field asked for; the literal `null` is null. */
export function readQueryCsv(body: string, fields: readonly string[]): Record<string, string | null>[] {
  const lines = body.split(/\r?\n/);
  const start = lines.indexOf(CSV_START);
  if (start < 0) throw new UpstreamFormatError('webex', `no ${CSV_START} line`);
  const [header, ...rows] = readCsv(lines.slice(start + 1).join('\r\n'));
  if (header === undefined) return [];
  const names = header.fields.map((column) => fields[Number(column.replace(/^_/, ''))]);
  if (names.some((name) => name === undefined))
    throw new UpstreamFormatError('webex', 'a column that was not asked for');
  return rows.map(({ fields: cells }) =>
    Object.fromEntries(
      names.map((name, index) => [
        name ?? '',
        cells[index] === 'null' || cells[index] === undefined ? null : cells[index],
      ]),
    ),
  );
}

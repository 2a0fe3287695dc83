/**
 * The JSON error body every Context Desk endpoint answers with, the sandbox control APIs included:
 * `{ "error": { "code", "message", "upstream"? } }` (see the API outline's Conventions).
 */
export interface UpstreamErrorDetail {
  readonly service: 'finesse' | 'ccadmin' | 'context' | 'webex';
  /** The upstream's HTTP status; absent when it sent no HTTP answer (timeout, refused or reset connection). */
  readonly status?: number;
  readonly type?: string;
  readonly message?: string;
}

export interface ErrorBody {
  readonly error: {
    /** snake_case, stable, for programs. */
    readonly code: string;
    /** For a person. */
    readonly message: string;
    readonly upstream?: UpstreamErrorDetail;
    /** The request field a 400 is about (`userName`), so that a form can show the message by it. */
    readonly field?: string;
  };
}

export function errorBody(code: string, message: string, upstream?: UpstreamErrorDetail, field?: string): ErrorBody {
  return { error: { code, message, ...(upstream ? { upstream } : {}), ...(field === undefined ? {} : { field }) } };
}

/**
 * Finesse reports failures two ways (Developer Guide 12.5(1), "API Errors"): synchronously as an HTTP status with a
 * PascalCase `<ApiErrors>` body, and asynchronously, after a 202, as a camelCase `<apiErrors>` notification.
 */

export type SyncErrorType =
  | 'Bad Request'
  | 'Parameter Missing'
  | 'Invalid Input'
  | 'Invalid Destination'
  | 'Invalid State'
  | 'Authorization Failure'
  | 'Invalid Authorization User Specified'
  | 'Not Found'
  | 'User Not Found'
  | 'Method Not Allowed'
  | 'Internal Server Error'
  | 'Not Implemented'
  | 'Service Unavailable';

/** A request Finesse refuses before it reaches the CTI server. */
export class FinesseApiError extends Error {
  constructor(
    readonly status: number,
    readonly errorType: SyncErrorType,
    readonly errorData: string,
    message: string,
  ) {
    super(message);
    this.name = 'FinesseApiError';
  }
}

export const badRequest = (data: string, message: string): FinesseApiError =>
  new FinesseApiError(400, 'Bad Request', data, message);
export const parameterMissing = (field: string): FinesseApiError =>
  new FinesseApiError(400, 'Parameter Missing', field, `Missing parameter: ${field}`);
export const invalidInput = (field: string, message: string): FinesseApiError =>
  new FinesseApiError(400, 'Invalid Input', field, message);
export const invalidDestination = (address: string): FinesseApiError =>
  new FinesseApiError(400, 'Invalid Destination', address, 'Invalid destination address specified');
export const invalidState = (data: string, message: string): FinesseApiError =>
  new FinesseApiError(400, 'Invalid State', data, message);
export const authorizationFailure = (userId: string): FinesseApiError =>
  new FinesseApiError(401, 'Authorization Failure', userId, 'UNAUTHORIZED');
export const invalidAuthorizationUser = (userId: string): FinesseApiError =>
  new FinesseApiError(401, 'Invalid Authorization User Specified', userId, 'Invalid Authorization User Specified');
export const userNotFound = (id: string): FinesseApiError =>
  new FinesseApiError(404, 'User Not Found', id, 'User not found');
export const dialogNotFound = (id: string): FinesseApiError =>
  new FinesseApiError(404, 'Not Found', id, 'Invalid dialogId specified for dialog');
export const notFound = (data: string, message: string): FinesseApiError =>
  new FinesseApiError(404, 'Not Found', data, message);
export const notImplemented = (data: string): FinesseApiError =>
  new FinesseApiError(501, 'Not Implemented', data, `${data} is not supported on this deployment`);
export const outOfService = (): FinesseApiError =>
  new FinesseApiError(503, 'Service Unavailable', '', 'SERVER_OUT_OF_SERVICE');

/** A CTI-side failure, delivered as an `<apiErrors>` notification on the user's or dialog's node. */
export interface AsyncFailure {
  readonly errorType: 'Invalid State' | 'Call Operation Failure' | 'Generic Error' | 'Invalid Input' | 'Invalid Device';
  readonly errorMessage: string;
  readonly errorData: string;
  /** 12.5(1)+ peripheral detail, present when the PG reported one (capture: 10125 / PERERR_…). */
  readonly peripheral?: { code: string; text: string; msg: string };
}

/** The CTI refusal Finesse 12.5 reports for a state change the agent's state does not allow (capture: READY while logged out). */
export const CTI_INVALID_OBJECT_STATE: AsyncFailure = {
  errorType: 'Invalid State',
  errorMessage: 'CF_INVALID_OBJECT_STATE',
  errorData: '22',
};

/** The CTI refusal for a sign-in to a device the PG does not know (capture: error-invalid-line). */
export const CTI_INVALID_LOGON_DEVICE: AsyncFailure = {
  errorType: 'Invalid Device',
  errorMessage: 'CF_INVALID_LOGON_DEVICE_SPECIFIED',
  errorData: '260',
  peripheral: {
    code: '10125',
    text:
      'A device target with the network target ID specified cannot be found. This could indicate either an internal ' +
      'error or a configuration error',
    msg: 'PERERR_TELDRIVE_NODEVICETARGETFORNETTARGETID',
  },
};

/** The CTI refusal for a call operation on a device or call that cannot take it. */
export const CTI_CALL_OPERATION_FAILED = (detail: string): AsyncFailure => ({
  errorType: 'Call Operation Failure',
  errorMessage: 'CF_GENERIC_UNSPECIFIED',
  errorData: detail,
});

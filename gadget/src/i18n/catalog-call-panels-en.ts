/** English strings of the call bar's keypad, number form and wrap-up form: loaded with that part, never with the tab itself. */
export const callPanelsEn = {
  'callBar.consultNumber': 'Number to consult',
  'callBar.transferNumber': 'Number to transfer to',
  'callBar.consultSubmit': 'Call',
  'callBar.transferSubmit': 'Transfer now',
  'callBar.cancel': 'Cancel',
  'callBar.numberInvalid': 'Enter a number to dial: digits, *, # and an optional leading +.',
  'callBar.keypadHint': 'Press a key or type 0–9, * or #.',
  'callBar.dtmfSent': 'Sent: {digits}',
  'callBar.closeKeypad': 'Close keypad',
  'callBar.wrapUpReason': 'Wrap-up reason',
  'callBar.noWrapUpReasons': 'No wrap-up reasons are set up.',
  'callBar.loadingWrapUp': 'Loading wrap-up reasons…',
  'callBar.wrapUpFailed': 'The wrap-up reasons could not be loaded: {reason}',
  'callBar.wrapUpSaved': 'Reason saved: {reason}',
} as const;

export type CallPanelsKey = keyof typeof callPanelsEn;

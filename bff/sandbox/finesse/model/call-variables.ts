import type { AsyncFailure } from './errors.js';

/**
 * Call variable rules ("Call Variables", Developer Guide 12.5(1)): callVariable1…10 hold up to 40 bytes each; ECC
 * variables are named `user.…` (arrays `user.name[2]`) and all ECC names, values and indexes together fit in
 * 2000 bytes.
 */
const CALL_VARIABLE = /^callVariable([1-9]|10)$/;
const ECC_VARIABLE = /^user\.[A-Za-z0-9_.]+(\[[0-9]+\])?$/;
const CALL_VARIABLE_BYTES = 40;
const ECC_TOTAL_BYTES = 2000;

export function isVariableName(name: string): boolean {
  return CALL_VARIABLE.test(name) || ECC_VARIABLE.test(name);
}

/** The reason a set of variables is refused, or undefined when it fits. */
export function variablesProblem(variables: ReadonlyMap<string, string>): string | undefined {
  let eccBytes = 0;
  for (const [name, value] of variables) {
    if (!isVariableName(name)) return `Invalid call variable name: ${name}`;
    const bytes = Buffer.byteLength(value, 'utf8');
    if (CALL_VARIABLE.test(name)) {
      if (bytes > CALL_VARIABLE_BYTES) return `${name} exceeds ${CALL_VARIABLE_BYTES} bytes`;
    } else {
      eccBytes += Buffer.byteLength(name, 'utf8') + bytes;
    }
  }
  if (eccBytes > ECC_TOTAL_BYTES) return `ECC variables exceed ${ECC_TOTAL_BYTES} bytes`;
  return undefined;
}

export const invalidCallData = (message: string): AsyncFailure => ({
  errorType: 'Invalid Input',
  errorMessage: message,
  errorData: '',
});

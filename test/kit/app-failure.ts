import { AppError } from '../../bff/src/errors.js';

/** The BFF error a call rejects with; fails the test if it resolves or rejects with anything else. */
export async function failure(call: Promise<unknown>): Promise<AppError> {
  try {
    await call;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

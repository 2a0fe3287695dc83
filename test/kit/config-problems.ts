import { ConfigError, loadConfig } from '../../bff/src/config.js';
import type { Environment } from '../../bff/src/config.js';

/** The problems `loadConfig` names for an environment it refuses; throws when it accepts it. */
export function problemsOf(environment: Environment): string[] {
  try {
    loadConfig(environment);
  } catch (error) {
    if (error instanceof ConfigError) return [...error.problems];
    throw error;
  }
  throw new Error('expected a ConfigError');
}

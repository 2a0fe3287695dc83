import request from 'supertest';
import type { Response } from 'supertest';
import { startCceAdminEmulator } from '../../../bff/sandbox/ccadmin/cce-admin-emulator.js';
import type { CceAdminEmulator } from '../../../bff/sandbox/ccadmin/cce-admin-emulator.js';
import { AdminSessionCreated } from '../../../shared/api/admin.js';
import { bearer, startTestBff } from '../../kit/bff.js';
import type { TestBff, TestBffOptions } from '../../kit/bff.js';

/** The CCE Administration emulator's administrator. */
export const ADMINISTRATOR = { username: 'administrator', password: 'sandbox' } as const;

export const REGISTRATION_PATH = '/api/admin/context-service/registration';

/** A test BFF whose CCE_ADMIN_URL is a real CCE Administration emulator on loopback. */
export interface AdminBff {
  readonly bff: TestBff;
  readonly cce: CceAdminEmulator;
  /** Supertest against the BFF's app. */
  api(): ReturnType<typeof request>;
  /** Signs an administrator in over the API; answers the session token. */
  signInAdministrator(username?: string, password?: string): Promise<string>;
  /** The emulator's sandbox control API (`/sandbox/sync`, `/sandbox/registration`, `/sandbox/faults`…). */
  cceSandbox(): request.Agent;
  close(): Promise<void>;
}

export async function startAdminBff(options: TestBffOptions = {}): Promise<AdminBff> {
  const cce = await startCceAdminEmulator({ host: '127.0.0.1', port: 0 });
  const bff = await startTestBff({
    ...options,
    env: { CCE_ADMIN_URL: cce.url, CCE_ADMIN_TIMEOUT_MS: '3000', ...options.env },
  });
  const api = () => request(bff.app);
  return {
    bff,
    cce,
    api,
    async signInAdministrator(username: string = ADMINISTRATOR.username, password: string = ADMINISTRATOR.password) {
      const response = await api().post('/api/admin/session').send({ username, password });
      if (response.status !== 201)
        throw new Error(`administrator sign-in answered ${response.status}: ${response.text}`);
      return AdminSessionCreated.parse(response.body).token;
    },
    cceSandbox: () => request.agent(cce.url),
    async close() {
      await bff.close();
      await cce.close();
    },
  };
}

/** The JSON error of an answer. */
export function errorOf(response: Response): {
  code: string;
  message: string;
  upstream?: { service: string; status?: number; type?: string; message?: string };
} {
  return (response.body as { error: { code: string; message: string } }).error;
}

export { bearer };

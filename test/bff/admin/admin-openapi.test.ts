import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { startAdminBff } from './admin-kit.js';

describe('the OpenAPI document lists the Administration API', () => {
  it('every admin route is documented with its method, and the sign-in needs no session', async () => {
    const admin = await startAdminBff();
    try {
      const document = (await request(admin.bff.app).get('/api/openapi.json').expect(200)).body as {
        paths: Record<string, Record<string, { security?: unknown[] }>>;
      };
      expect(Object.keys(document.paths['/api/admin/session'] ?? {})).toEqual(['post', 'get']);
      expect(Object.keys(document.paths['/api/admin/context-service/registration'] ?? {})).toEqual(['get', 'put']);
      expect(Object.keys(document.paths['/api/admin/audit'] ?? {})).toEqual(['get']);
      expect(Object.keys(document.paths['/api/admin/context-service/settings'] ?? {})).toEqual(['get']);
      expect(Object.keys(document.paths['/api/admin/agents'] ?? {})).toEqual(['get', 'post']);
      expect(Object.keys(document.paths['/api/admin/agents/{id}'] ?? {})).toEqual(['get', 'put', 'delete']);
      expect(Object.keys(document.paths['/api/admin/teams'] ?? {})).toEqual(['get']);
      expect(document.paths['/api/admin/session']?.post?.security).toEqual([]);
    } finally {
      await admin.close();
    }
  });
});

import express from 'express';
import type { Router } from 'express';
import { createProxyMiddleware } from 'http-proxy-middleware';
import type { SandboxControlUrls } from '../sandbox-mode.js';

/**
 * Sandbox mode only: the simulated desktop's sandbox panel (ring a call, fault Context Service) talks to the
 * emulators' control APIs through the BFF's own origin, so the page needs no CORS and the emulators stay on loopback.
 * Never mounted in upstream mode.
 */
export function sandboxControlRoutes(urls: SandboxControlUrls): Router {
  const router = express.Router();
  for (const [name, url] of Object.entries(urls)) {
    if (url === undefined) continue;
    router.use(
      `/sandbox/${name}`,
      createProxyMiddleware({ target: `${url}/sandbox`, changeOrigin: true, proxyTimeout: 10_000, timeout: 10_000 }),
    );
  }
  return router;
}

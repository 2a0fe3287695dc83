import path from 'node:path';
import express from 'express';
import type { Request, Router } from 'express';
import type { GadgetFiles } from '../gadget/gadget-files.js';
import { pageShell } from '../gadget/page-shell.js';
import { renderGadgetFrame } from '../gadget/shindig-frame.js';
import { errorBody } from '../../../shared/errors.js';

export interface GadgetRoutesOptions {
  readonly files: GadgetFiles | undefined;
  readonly publicUrl: string | undefined;
  /** Sandbox mode: `/` is the simulated Finesse desktop and the fake finesse.js is served where Finesse serves its own. */
  readonly sandbox: boolean;
}

/** Why the gadget XML is not served outside sandbox mode without PUBLIC_URL; main.ts says it at start too. */
export const PUBLIC_URL_REQUIRED =
  'Set PUBLIC_URL to the address at which browsers reach the BFF: the gadget XML names its script there';

const NOT_BUILT = 'The gadget is not built: run `npm run build` (npm install does it for you).';

/**
 * The gadget and the BFF's pages: `/gadget/*` (the bundles, the gadget XML with this BFF's public URL), `/tab` (the
 * tab on a page of its own), `/admin`; in sandbox mode also `/` (the simulated desktop) and the Finesse desktop's
 * script paths and `/gadgets/ifr` that the desktop needs.
 */
export function gadgetRoutes(options: GadgetRoutesOptions): Router {
  const router = express.Router();
  const { files } = options;
  const publicUrl = (request: Request): string | undefined =>
    options.publicUrl ?? (options.sandbox ? listeningUrl(request) : undefined);

  router.get('/gadget/ContextDesk.xml', (request, response) => {
    if (files === undefined) return void response.status(503).type('text/plain').send(NOT_BUILT);
    const url = publicUrl(request);
    // Never the Host header: the XML names the script Finesse's desktops load, and a cache would keep a forged one.
    if (url === undefined) return void response.status(503).json(errorBody('public_url_required', PUBLIC_URL_REQUIRED));
    response
      .type('application/xml')
      .set('Cache-Control', 'no-cache')
      .send(files.gadgetXml.replaceAll('{{PUBLIC_URL}}', url));
  });

  if (files !== undefined) {
    router.use(
      '/gadget',
      express.static(files.dir, {
        index: false,
        setHeaders: (response, file) => {
          // The Finesse desktop loads the bundle from its own origin as a module script: CORS mode, cross-origin.
          response.set('Access-Control-Allow-Origin', '*');
          response.set('Cross-Origin-Resource-Policy', 'cross-origin');
          const hashed = /-[A-Za-z0-9_-]{8}\.js(\.map)?$/.test(path.basename(file));
          response.set('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
        },
      }),
    );
  }

  const page =
    (title: string, bundle: string | undefined, body: string) => (_request: Request, response: express.Response) => {
      if (bundle === undefined) return void response.status(503).type('text/plain').send(NOT_BUILT);
      response.type('html').set('Cache-Control', 'no-cache').send(pageShell({ title, bundle, body }));
    };
  router.get('/tab', page('Context Desk', files?.manifest.tab, '<context-desk></context-desk>'));
  router.get('/admin', page('Context Desk administration', files?.manifest.admin, '<cd-admin-page></cd-admin-page>'));

  if (options.sandbox) {
    router.get(
      '/',
      page('Cisco Finesse (Context Desk sandbox)', files?.manifest.desktop, '<sandbox-desktop></sandbox-desktop>'),
    );
    // Where Finesse 10.6+ serves its scripts (the gadget XML loads them from there): here the sandbox's stand-ins.
    router.get('/desktop/assets/js/finesse.js', sandboxScript(files, 'desktop/finesse.js'));
    router.get('/desktop/assets/js/gadgets-features.js', sandboxScript(files, 'desktop/gadgets-features.js'));
    router.get('/desktop/assets/js/jquery.min.js', (_request, response) => {
      response
        .type('text/javascript')
        .send('/* The sandbox desktop does not need jQuery; Finesse serves the real one here. */\n');
    });
    router.get('/gadgets/ifr', (request, response) => {
      if (files === undefined) return void response.status(503).type('text/plain').send(NOT_BUILT);
      if (request.query.url !== '/gadget/ContextDesk.xml')
        return void response.status(404).type('text/plain').send('The sandbox renders only the Context Desk gadget.');
      const base = new URL(publicUrl(request) ?? listeningUrl(request));
      const preferences = { scheme: base.protocol.replace(':', ''), host: base.hostname, hostPort: base.port };
      const { html, nonce } = renderGadgetFrame(files.gadgetXml.replaceAll('{{PUBLIC_URL}}', ''), preferences);
      response.set(
        'Content-Security-Policy',
        `default-src 'self'; script-src 'self' 'nonce-${nonce}'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'self'; base-uri 'none'; object-src 'none'`,
      );
      response.type('html').set('Cache-Control', 'no-store').send(html);
    });
  } else {
    router.get('/', (_request, response) => response.redirect(302, '/tab'));
  }
  return router;
}

/**
 * The address this request reached the BFF on, from the socket rather than the Host header: in sandbox mode, where
 * PUBLIC_URL is not needed, the gadget XML names the BFF's own listening address.
 */
function listeningUrl(request: Request): string {
  const { localAddress = '127.0.0.1', localPort } = request.socket;
  // An IPv4 client of a dual-stack socket shows as ::ffff:a.b.c.d; an IPv6 address goes in brackets.
  const address = localAddress.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');
  const host = address.includes(':') ? `[${address}]` : address;
  return `${request.protocol}://${host}:${String(localPort ?? 80)}`;
}

function sandboxScript(files: GadgetFiles | undefined, file: string) {
  return (_request: Request, response: express.Response): void => {
    if (files === undefined) return void response.status(503).type('text/plain').send(NOT_BUILT);
    response.set('Cache-Control', 'no-cache').sendFile(path.join(files.dir, file));
  };
}

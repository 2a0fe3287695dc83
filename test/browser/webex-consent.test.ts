import { describe, expect, it } from 'vitest';
import { screenshotPath, seriousAxeViolations, useBrowser } from '../kit/browser.js';
import { useForDescribe } from '../kit/describe-resource.js';
import { listen } from '../kit/listening-server.js';
import { startWebexEmulator } from '../../bff/sandbox/webex/webex-emulator.js';
import { exchangeCode } from '../sandbox/webex/webex-kit.js';

describe('the emulated Webex consent page in a browser', () => {
  const browser = useBrowser();
  const emulator = useForDescribe('the Webex emulator', () => startWebexEmulator());
  // Stands in for the BFF's OAuth callback that receives the browser back.
  const callback = useForDescribe('the callback page', () =>
    listen((_request, response) =>
      response.writeHead(200, { 'Content-Type': 'text/html' }).end('<!DOCTYPE html><title>back</title><h1>Back</h1>'),
    ),
  );

  function authorizeUrl(state: string): string {
    const query = new URLSearchParams({
      client_id: emulator().clientId,
      response_type: 'code',
      redirect_uri: `${callback().url}/webex/callback`,
      scope: 'cjp:config_read cjp:config_write spark:people_read',
      state,
    });
    return `${emulator().url}/v1/authorize?${query.toString()}`;
  }

  it('with JavaScript off, choosing the administrator and accepting returns to the callback with a code that exchanges for tokens', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(authorizeUrl('s-42'));
    await page.getByLabel(/Dana Whitfield/).check();
    await page.getByRole('button', { name: 'Accept' }).click();
    await page.waitForURL((url) => url.origin === callback().url);
    const back = new URL(page.url());
    expect(back.searchParams.get('state')).toBe('s-42');
    const exchanged = await exchangeCode(emulator(), back.searchParams.get('code') ?? '', {
      redirect_uri: `${callback().url}/webex/callback`,
    });
    expect(exchanged.status).toBe(200);
    await context.close();
  });

  it('declining returns to the callback with error=access_denied', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(authorizeUrl('s-43'));
    await page.getByRole('button', { name: 'Decline' }).click();
    await page.waitForURL((url) => url.origin === callback().url);
    expect(new URL(page.url()).searchParams.get('error')).toBe('access_denied');
    await context.close();
  });

  it('the consent and error pages have no serious axe violations in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      // The pages forbid scripts by CSP; axe is injected, so this context bypasses it.
      const context = await browser().newContext({
        colorScheme,
        bypassCSP: true,
        viewport: { width: 900, height: 720 },
      });
      const page = await context.newPage();
      await page.goto(authorizeUrl('s-44'));
      expect(await seriousAxeViolations(page), `${colorScheme} consent`).toEqual([]);
      await page.screenshot({ path: screenshotPath(`webex-consent-${colorScheme}`), fullPage: true });
      await page.goto(`${emulator().url}/v1/authorize?client_id=unknown`);
      expect(await seriousAxeViolations(page), `${colorScheme} error`).toEqual([]);
      await page.screenshot({ path: screenshotPath(`webex-consent-error-${colorScheme}`), fullPage: true });
      await context.close();
    }
  });
});

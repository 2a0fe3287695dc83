import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import type { JSHandle, Page, Request } from 'playwright-core';
import type { FinesseGadgetConfig } from '../../gadget/src/host/finesse-api.js';
import type { Agent } from '../../shared/api/agent.js';
import type { Dialog } from '../../shared/api/dialog.js';
import { newContext, screenshotPath, seriousAxeViolations, useDesktop } from '../kit/browser.js';
import { agentOneUserData, installScriptedFinesse, ringingDialogData } from '../kit/scripted-finesse.js';
import type { ScriptedFinesseControl } from '../kit/scripted-finesse.js';

const root = path.resolve(import.meta.dirname, '..', '..');
const MARIA = '+14155550123';
const basicOf = (user: string, password: string): string => Buffer.from(`${user}:${password}`).toString('base64');

/** The Config a Finesse desktop gives the gadget of agent1 (non-SSO: base64 of id:password). */
const agentOneConfig = (overrides: Partial<FinesseGadgetConfig> = {}): FinesseGadgetConfig => ({
  authorization: basicOf('1001001', 'sandbox'),
  systemAuthMode: 'NON_SSO',
  id: '1001001',
  extension: '1001001',
  locale: 'en_US',
  host: 'finesse.example.com',
  hostPort: '8445',
  scheme: 'https',
  teamId: '5000',
  teamName: 'Customer Care',
  ...overrides,
});

/**
 * The gadget iframe's document as Shindig makes it from the built ContextDesk.xml, without the desktop's own scripts
 * (jQuery, finesse.js): the test's scripted finesse.js stands in for them, installed before any page script.
 */
function gadgetDocument(): string {
  const xml = readFileSync(path.join(root, 'dist/gadget/ContextDesk.xml'), 'utf8');
  const content = /<!\[CDATA\[([\s\S]*?)\]\]>/.exec(xml)?.[1] ?? '';
  const body = content
    .replaceAll('{{PUBLIC_URL}}', '')
    .replace(/<script src="\/desktop\/assets\/js\/[^"]+"><\/script>/g, '');
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Gadget</title></head><body>${body}</body></html>`;
}

describe('FinesseHost: the tab inside a Finesse desktop, against finesse.js as Cisco documents it', () => {
  const desktop = useDesktop({ env: { SIGN_IN_LIMIT_PER_CLIENT: '200' } });
  let hostBundle: string;

  beforeAll(async () => {
    await desktop.desk.bff.signedInAgent('agent1');
    // FinesseHost alone (no tab shell), for what the shell would blur: exactly which calls the host makes.
    const built = await build({
      stdin: {
        contents:
          "import { FinesseHost } from './gadget/src/host/finesse-host.ts'; Object.assign(window, { FinesseHost });",
        resolveDir: root,
        loader: 'ts',
      },
      bundle: true,
      format: 'esm',
      write: false,
      target: 'es2022',
      tsconfig: path.join(root, 'gadget/tsconfig.json'),
    });
    hostBundle = built.outputFiles[0]?.text ?? '';
  }, 60_000);

  /** A page at the BFF's origin holding the gadget's document, with the scripted finesse.js installed first. */
  async function openGadget(
    config: FinesseGadgetConfig,
    html = gadgetDocument(),
  ): Promise<{ page: Page; finesse: JSHandle<ScriptedFinesseControl>; sessionRequests: Request[] }> {
    const { browser, desk } = desktop;
    const context = await newContext(browser);
    const page = await context.newPage();
    const sessionRequests: Request[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/session')
        sessionRequests.push(request);
    });
    await page.addInitScript(installScriptedFinesse, { config });
    await page.route(`${desk.url}/test/gadget.html`, (route) =>
      route.fulfill({ contentType: 'text/html', body: html }),
    );
    await page.route(`${desk.url}/test/finesse-host.js`, (route) =>
      route.fulfill({ contentType: 'text/javascript', body: hostBundle }),
    );
    await page.goto(`${desk.url}/test/gadget.html`);
    const finesse = await page.evaluateHandle(
      () => (globalThis as unknown as { scriptedFinesse: ScriptedFinesseControl }).scriptedFinesse,
    );
    return { page, finesse, sessionRequests };
  }

  it('once the hub connects, the tab signs in to the BFF with the Basic Authorization of finesse.gadget.Config and asks for no password', async () => {
    const { page, finesse, sessionRequests } = await openGadget(agentOneConfig());
    await finesse.evaluate((control) => control.connectHub());

    await page.locator('cd-agent-state').waitFor({ state: 'attached' });
    expect(sessionRequests.map((request) => request.headers().authorization)).toEqual([
      `Basic ${basicOf('1001001', 'sandbox')}`,
    ]);
    expect(await page.locator('input[type="password"]').count()).toBe(0);
    expect(await page.locator('cd-sign-in').count()).toBe(0);
    const calls = await finesse.evaluate((control) => control.calls);
    expect(calls).toMatchObject({ clientServicesInit: 1, users: ['1001001'], activeTabHandlers: 1 });
    await page.context().close();
  });

  it('a dialog finesse.js adds from Maria Garcia’s number is the screen pop’s dialog, and the pop shows her', async () => {
    const ring = await desktop.desk.bff.sandbox().post('/sandbox/calls').send({ from: MARIA, to: '1001001' });
    const dialogId = (ring.body as { dialogId: string }).dialogId;
    const { page, finesse } = await openGadget(agentOneConfig());
    await finesse.evaluate((control) => control.connectHub());
    await page.locator('cd-agent-state').waitFor({ state: 'attached' });
    await page.waitForFunction((control) => control.calls.users.length === 1, finesse);

    await finesse.evaluate((control, data) => control.loadUser(data), agentOneUserData());
    await page.waitForFunction((control) => control.calls.getDialogs === 1, finesse);
    await finesse.evaluate(
      (control, data) => control.addDialog(data),
      ringingDialogData({ id: dialogId, from: MARIA, to: '1001001' }),
    );

    const popped = await page.waitForFunction(() => {
      const pop = (
        globalThis as unknown as {
          document: {
            querySelector(selector: string): { shadowRoot: { querySelector(selector: string): unknown } } | null;
          };
        }
      ).document
        .querySelector('context-desk')
        ?.shadowRoot.querySelector('cd-screen-pop') as { dialog?: Dialog } | null | undefined;
      return pop?.dialog?.id;
    });
    expect(await popped.jsonValue()).toBe(dialogId);
    if (existsSync(path.join(root, 'gadget/src/components/screen-pop')))
      await page.getByText('Maria', { exact: false }).first().waitFor();
    await page.screenshot({ path: screenshotPath('finesse-host-screen-pop'), fullPage: true });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await desktop.desk.bff.sandbox().delete(`/sandbox/calls/${dialogId}`);
    await page.context().close();
  });

  /** A page with FinesseHost alone: `window.hostEvents` records what it tells its listener. */
  const hostPage = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>FinesseHost</title></head><body><p>FinesseHost alone</p>
<script>gadgets.HubSettings.onConnect = function () { window.contextDeskHubConnected = true; document.dispatchEvent(new Event('context-desk-hub-connected')); };</script>
<script type="module">
  import '/test/finesse-host.js';
  const events = window.hostEvents = { agents: [], dialogs: [], tabShown: 0, resumed: undefined };
  const host = new window.FinesseHost(window, location.origin);
  const session = await host.resume();
  events.resumed = session !== undefined;
  if (session) host.listen(session, {
    agent: (agent) => events.agents.push(agent), dialogs: (dialogs) => events.dialogs.push(dialogs),
    note() {}, connection() {}, signedOut() {}, tabShown: () => (events.tabShown += 1),
  });
</script></body></html>`;
  type HostEvents = { agents: Agent[]; dialogs: Dialog[][]; tabShown: number; resumed: boolean | undefined };
  const hostEvents = (page: Page) =>
    page.evaluate(() => (globalThis as unknown as { hostEvents: HostEvents }).hostEvents);

  it('listening fits the iframe once, and ACTIVE_TAB from ContainerServices tells the listener the tab is shown and fits it again', async () => {
    const { page, finesse } = await openGadget(agentOneConfig(), hostPage);
    await finesse.evaluate((control) => control.connectHub());
    await page.waitForFunction((control) => control.calls.activeTabHandlers === 1, finesse);
    await page.waitForFunction((control) => control.calls.adjustHeight === 1, finesse);
    expect(await finesse.evaluate((control) => control.calls.makeActiveTabReq)).toBe(1);
    expect((await hostEvents(page)).tabShown).toBe(0);

    await finesse.evaluate((control) => control.activateTab());

    await page.waitForFunction((control) => control.calls.adjustHeight === 2, finesse);
    expect((await hostEvents(page)).tabShown).toBe(1);
    await page.context().close();
  });

  it('finesse.js User and Dialog data (lists of one, ECC variables, the agent’s own participant) reach the listener as the tab’s Agent and Dialog', async () => {
    const { page, finesse } = await openGadget(agentOneConfig(), hostPage);
    await finesse.evaluate((control) => control.connectHub());
    await page.waitForFunction((control) => control.calls.users.length === 1, finesse);

    await finesse.evaluate(
      (control, data) => control.loadUser(data),
      agentOneUserData({
        state: 'NOT_READY',
        reasonCodeId: '2',
        reasonCode: { id: '2', code: '11', label: 'Lunch' },
        roles: { role: ['Agent', 'Supervisor'] },
        teams: { Team: { id: '5000', name: 'Customer Care' } },
      }),
    );
    await page.waitForFunction((control) => control.calls.getDialogs === 1, finesse);
    await finesse.evaluate(
      (control, data) => control.addDialog(data),
      ringingDialogData({
        id: '9001',
        from: MARIA,
        to: '1001001',
        variables: { callVariable1: 'order 7', 'user.Context_POD_ID': 'pod-1' },
      }),
    );
    await page.waitForFunction(
      () => (globalThis as unknown as { hostEvents: HostEvents }).hostEvents.dialogs.length === 1,
    );

    const events = await hostEvents(page);
    expect(events.agents[0]).toEqual({
      id: '1001001',
      loginName: 'agent1',
      firstName: 'Alex',
      lastName: 'Rivera',
      extension: '1001001',
      state: 'NOT_READY',
      stateChangedAt: '2025-06-11T09:00:00.000Z',
      roles: ['Agent', 'Supervisor'],
      reasonCode: { id: '2', code: '11', label: 'Lunch' },
      team: { id: '5000', name: 'Customer Care' },
      supervisedTeams: [{ id: '5000', name: 'Customer Care' }],
      wrapUp: { onIncoming: 'OPTIONAL', onOutgoing: 'NOT_ALLOWED' },
    } satisfies Agent);
    expect(events.dialogs[0]).toEqual([
      {
        id: '9001',
        mediaType: 'Voice',
        state: 'ALERTING',
        from: MARIA,
        to: '1001001',
        callType: 'ACD_IN',
        dnis: '1001001',
        queue: { number: '5022', name: 'CustomerCare.SG' },
        variables: { callVariable1: 'order 7', 'user.Context_POD_ID': 'pod-1' },
        participants: [
          { address: MARIA, kind: 'external', state: 'ACTIVE', actions: [] },
          { address: '1001001', kind: 'agent', state: 'ALERTING', actions: ['ANSWER'] },
        ],
        startedAt: '2025-06-11T09:01:00.000Z',
      },
    ] satisfies Dialog[]);
    await page.context().close();
  });

  it('an SSO desktop signs in with Bearer and its authToken, naming the agent by finesse.gadget.Config.id', async () => {
    const { page, finesse, sessionRequests } = await openGadget(
      agentOneConfig({ systemAuthMode: 'SSO', authToken: 'sso-access-token', authorization: '' }),
      hostPage,
    );
    await finesse.evaluate((control) => control.connectHub());

    // The sandbox's Finesse has no SSO, so the BFF refuses it; what matters here is what the tab sent.
    await page.waitForFunction(
      () => (globalThis as unknown as { hostEvents: HostEvents }).hostEvents.resumed === false,
    );
    expect(
      sessionRequests.map((request) => [request.headers().authorization, request.postDataJSON() as unknown]),
    ).toEqual([['Bearer sso-access-token', { username: '1001001' }]]);
    await page.context().close();
  });
});

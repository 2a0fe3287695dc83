import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FinesseEmulator } from '../../../bff/sandbox/finesse/finesse-emulator.js';
import {
  AGENT1,
  FinesseRestClient,
  SUPER1,
  control,
  notReady,
  signIn,
  startFinesse,
} from '../../kit/finesse-client.js';
import { NotificationListener } from '../../kit/finesse-notifications.js';
import { childOrder, elementPaths } from '../../kit/finesse-xml.js';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

/**
 * Element-by-element comparison with the documented shapes: every element path of the fixture must be in the
 * emulator's answer and vice versa, except the differences listed (each with its reason). Order is not compared here:
 * Finesse does not guarantee it.
 */
function expectSameElements(
  actual: string,
  documented: string,
  differences: { onlyDocumented?: string[]; onlyEmulated?: string[] } = {},
): void {
  const emulated = elementPaths(actual);
  const expected = elementPaths(documented);
  const missing = [...expected].filter(
    (path) => !emulated.has(path) && !(differences.onlyDocumented ?? []).includes(path),
  );
  const extra = [...emulated].filter((path) => !expected.has(path) && !(differences.onlyEmulated ?? []).includes(path));
  expect({ missing, extra }).toEqual({ missing: [], extra: [] });
}

let emulator: FinesseEmulator;
let supervisor: FinesseRestClient;
let agent: FinesseRestClient;
let dialogId: string;

beforeAll(async () => {
  emulator = await startFinesse();
  supervisor = new FinesseRestClient(emulator, SUPER1.loginName);
  agent = new FinesseRestClient(emulator, AGENT1.loginName);
  await supervisor.put(`/User/${SUPER1.loginId}`, signIn(SUPER1.extension));
  await supervisor.put(`/User/${SUPER1.loginId}`, notReady('2'));
  await agent.put(`/User/${AGENT1.loginId}`, signIn(AGENT1.extension));
  await agent.put(`/User/${AGENT1.loginId}`, notReady('1'));
  dialogId = await control(emulator).ring('4155550123', AGENT1.extension, {
    callVariable1: 'Chuck Smith',
    'user.Finesse_ecc2': 'A',
  });
});

afterAll(async () => {
  await emulator.close();
});

describe('REST answers have the documented elements', () => {
  it('User (a supervisor, Not Ready with a reason)', async () => {
    const response = await supervisor.get(`/User/${SUPER1.loginId}`);
    expectSameElements(response.text, fixture('user.xml'), {
      // Mobile agent and the services list are configured features the sandbox users do not have.
      onlyDocumented: [
        'User/mobileAgent',
        'User/mobileAgent/mode',
        'User/mobileAgent/dialNumber',
        'User/services',
        'User/services/service',
      ],
      // 12.5 captures add wrapUpTimer.
      onlyEmulated: ['User/wrapUpTimer'],
    });
  });

  it('User answers list their children in the documented order', async () => {
    const response = await supervisor.get(`/User/${SUPER1.loginId}`);
    const documented = childOrder(fixture('user.xml'), ['User']).filter(
      (name) => !['mobileAgent', 'services'].includes(name),
    );
    expect(childOrder(response.text, ['User']).filter((name) => name !== 'wrapUpTimer')).toEqual(documented);
  });

  it('Dialog (an ACD call with call variables)', async () => {
    const response = await agent.get(`/Dialog/${dialogId}`);
    expectSameElements(response.text, fixture('dialog.xml'), {
      // secondaryId appears only on calls that have one; wrapUpItems is Unified CCX only.
      onlyDocumented: [
        'Dialog/secondaryId',
        'Dialog/mediaProperties/wrapUpItems',
        'Dialog/mediaProperties/wrapUpItems/wrapUpItem',
      ],
      // Present (empty) in captured Unified CCE dialogs.
      onlyEmulated: ['Dialog/mediaProperties/outboundClassification'],
    });
    expect(response.text).toContain('<callvariables><CallVariable>');
    expect(response.text).toContain('<DNIS>');
  });

  it('Dialogs list wraps each Dialog', async () => {
    const response = await agent.get(`/User/${AGENT1.loginId}/Dialogs`);
    expect(childOrder(response.text, ['Dialogs'])).toEqual(['Dialog']);
  });

  it('ApiErrors', async () => {
    const response = await agent.put(`/User/${AGENT1.loginId}`, '<User><state>SLEEPING</state></User>');
    expectSameElements(response.text, fixture('api-errors.xml'));
  });

  it('ReasonCodes with its category attribute', async () => {
    const response = await agent.get(`/User/${AGENT1.loginId}/ReasonCodes?category=NOT_READY`);
    expectSameElements(response.text, fixture('reason-codes.xml'));
  });

  it('WrapUpReasons', async () => {
    expectSameElements((await agent.get(`/User/${AGENT1.loginId}/WrapUpReasons`)).text, fixture('wrap-up-reasons.xml'));
  });

  it('Team (members in summary form)', async () => {
    expectSameElements((await supervisor.get('/Team/5000')).text, fixture('team.xml'));
  });

  it('SystemInfo', async () => {
    expectSameElements((await agent.get('/SystemInfo')).text, fixture('system-info.xml'));
  });
});

describe('notifications have the captured shapes', () => {
  it('a User update', async () => {
    const listener = await NotificationListener.connect(emulator, AGENT1.loginId);
    try {
      await agent.put(`/User/${AGENT1.loginId}`, notReady('3'));
      const update = await listener.next((candidate) => candidate.source === `/finesse/api/User/${AGENT1.loginId}`);
      expectSameElements(update.xml, fixture('update-user.xml'), {
        // The reason code object travels with the user when there is a reason; the capture had none (-1).
        onlyEmulated: [
          'Update/data/user/ReasonCode',
          ...['category', 'uri', 'code', 'label', 'forAll', 'systemCode', 'id'].map(
            (name) => `Update/data/user/ReasonCode/${name}`,
          ),
          'Update/data/user/skillTargetId',
        ],
      });
    } finally {
      await listener.stop();
    }
  });

  it('an asynchronous error update', async () => {
    const listener = await NotificationListener.connect(emulator, AGENT1.loginId);
    try {
      await agent.put(`/User/${AGENT1.loginId}`, '<User><state>LOGOUT</state></User>');
      await agent.put(`/User/${AGENT1.loginId}`, '<User><state>LOGOUT</state></User>', 'second-logout');
      const update = await listener.next((candidate) => candidate.requestId === 'second-logout');
      expectSameElements(update.xml, fixture('update-error.xml'));
      expect(childOrder(update.xml, ['Update'])).toEqual(childOrder(fixture('update-error.xml'), ['Update']));
    } finally {
      await listener.stop();
    }
  });
});

import { AgentDirectory } from '../../../bff/sandbox/directory/agent-directory.js';
import type { DirectoryAgent } from '../../../bff/sandbox/directory/agent-directory.js';
import {
  demoContactCenterContents,
  SANDBOX_AGENT_PASSWORD,
} from '../../../bff/sandbox/directory/demo-contact-center.js';
import { startFinesseEmulator } from '../../../bff/sandbox/finesse/finesse-emulator.js';
import type { FinesseEmulator } from '../../../bff/sandbox/finesse/finesse-emulator.js';
import { afterEach } from 'vitest';
import { bearer, startTestBff } from '../../kit/bff.js';
import type { SystemInfoMode, TestBff, TestBffOptions } from '../../kit/bff.js';
import { EventStreamReader } from '../../kit/event-stream-reader.js';
import { listen } from '../../kit/listening-server.js';
import type { ListeningServer } from '../../kit/listening-server.js';

/** Another team with its own supervisor (super2) and agent (agent3), beside the demo's team 5000. */
export const BILLING_TEAM = { id: '6000', name: 'Billing', description: 'A second team', changeStamp: 0 } as const;

const person = (
  fields: Pick<DirectoryAgent, 'id' | 'agentId' | 'userName' | 'firstName' | 'lastName'> & Partial<DirectoryAgent>,
): DirectoryAgent => ({
  password: SANDBOX_AGENT_PASSWORD,
  description: '',
  loginEnabled: true,
  supervisor: false,
  teamId: BILLING_TEAM.id,
  supervisedTeamIds: [],
  skillGroupIds: ['5023'],
  changeStamp: 0,
  ...fields,
});

/** The demo contact center plus team 6000: super2 (1002002) supervises it, agent3 (1001003) works in it. */
export function twoTeamDirectory(): AgentDirectory {
  return new AgentDirectory(() => {
    const demo = demoContactCenterContents();
    return {
      ...demo,
      teams: [...demo.teams, BILLING_TEAM],
      agents: [
        ...demo.agents,
        person({
          id: '5102',
          agentId: '1002002',
          userName: 'super2',
          firstName: 'Robin',
          lastName: 'Diaz',
          supervisor: true,
          supervisedTeamIds: [BILLING_TEAM.id],
        }),
        person({ id: '5003', agentId: '1001003', userName: 'agent3', firstName: 'Kim', lastName: 'Lee' }),
      ],
    };
  });
}

/** A Finesse emulator over the two-team directory. */
export function startTwoTeamFinesse(systemInfo: SystemInfoMode = 'open'): Promise<FinesseEmulator> {
  return startFinesseEmulator({
    answerDelayMs: 20,
    agents: twoTeamDirectory(),
    systemInfoRequiresAuthentication: systemInfo === 'authenticated',
  });
}

/**
 * A test BFF per test, with a loopback server and an event stream reader when the test opens them; all closed after
 * each test.
 */
export function useSupervisorBff(): {
  start(options?: TestBffOptions): Promise<TestBff>;
  openEvents(test: TestBff, token: string): Promise<EventStreamReader>;
} {
  let bff: TestBff | undefined;
  let server: ListeningServer | undefined;
  let reader: EventStreamReader | undefined;
  afterEach(async () => {
    reader?.close();
    await server?.close();
    await bff?.close();
    reader = undefined;
    server = undefined;
    bff = undefined;
  });
  return {
    async start(options = {}) {
      bff = await startTestBff(options);
      return bff;
    },
    async openEvents(test, token) {
      server = await listen(test.app);
      reader = await EventStreamReader.open(`${server.url}/api/events`, { Authorization: bearer(token) });
      return reader;
    },
  };
}

import { describe, expect, it } from 'vitest';
import type { AgentChange } from '../../../bff/sandbox/directory/agent-directory.js';
import { demoAgentDirectory } from '../../../bff/sandbox/directory/demo-contact-center.js';

const NEW_AGENT = {
  agentId: '1001010',
  userName: 'robin',
  password: 'secret1',
  firstName: 'Robin',
  lastName: 'Hale',
  description: '',
  loginEnabled: true,
  supervisor: false,
  teamId: '5000',
  supervisedTeamIds: [],
  skillGroupIds: ['5022'],
} as const;

function recorded() {
  const directory = demoAgentDirectory();
  const changes: string[] = [];
  directory.onChange((change: AgentChange) => changes.push(`${change.kind} ${change.agent.userName}`));
  return { directory, changes };
}

describe('the shared agent directory', () => {
  it('a created agent gets the next id after the demo ones and changeStamp 0, and its listeners hear it', () => {
    const { directory, changes } = recorded();
    const agent = directory.create(NEW_AGENT);
    expect(agent).toMatchObject({ id: '5102', changeStamp: 0 });
    expect(changes).toEqual(['created robin']);
  });

  it('an update with the current changeStamp replaces the record and increments the stamp; a stale one changes nothing', () => {
    const { directory, changes } = recorded();
    const before = directory.agent('5001')!;
    expect(directory.update('5001', 0, { ...before, firstName: 'Alexandra' })).toMatchObject({
      kind: 'updated',
      agent: { changeStamp: 1, firstName: 'Alexandra' },
    });
    expect(directory.update('5001', 0, { ...before, firstName: 'Other' })).toMatchObject({
      kind: 'stale',
      current: { changeStamp: 1 },
    });
    expect(directory.agent('5001')?.firstName).toBe('Alexandra');
    expect(changes).toEqual(['updated agent1']);
  });

  it('reset removes created agents and restores changed demo agents, announcing each', () => {
    const { directory, changes } = recorded();
    directory.create(NEW_AGENT);
    directory.update('5002', 0, { ...directory.agent('5002')!, lastName: 'Changed' });
    directory.delete('5101');
    changes.length = 0;
    directory.reset();
    expect(directory.agents().map((agent) => [agent.id, agent.lastName])).toEqual([
      ['5001', 'Rivera'],
      ['5002', 'Okafor'],
      ['5101', 'Whitfield'],
    ]);
    expect(changes.sort()).toEqual(['created agent2', 'created super1', 'deleted agent2', 'deleted robin']);
    expect(directory.create(NEW_AGENT).id).toBe('5102');
  });

  it('an unchanged directory resets without a word', () => {
    const { directory, changes } = recorded();
    directory.reset();
    expect(changes).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { readTeam } from '../../../bff/src/finesse/team-mapper.js';
import { UpstreamFormatError } from '../../../bff/src/upstream/format-error.js';
import { documentedXml } from './documented-xml.js';

const member = (loginId: string, state: string, extra = '') =>
  `<User><uri>/finesse/api/User/${loginId}</uri><loginId>${loginId}</loginId><firstName>F</firstName><lastName>L</lastName>` +
  `<extension></extension><pendingState></pendingState><state>${state}</state><stateChangeTime>2024-01-01T00:00:00.000Z</stateChangeTime>${extra}</User>`;

describe('readTeam maps', () => {
  it('the documented Team to its id, name and one member summary with the nested reasonCode', () => {
    expect(readTeam(documentedXml('team.xml'))).toEqual({
      id: '500',
      name: 'Sales',
      members: [
        {
          id: '1001001',
          firstName: 'Chris',
          lastName: 'Smith',
          extension: '1001001',
          state: 'NOT_READY',
          stateChangedAt: '2012-03-01T17:58:21.234Z',
          reasonCode: { id: '1', code: '10', label: 'Break' },
          onCall: false,
        },
      ],
    });
  });

  it('several members in order, a logged-out one with an empty extension', () => {
    const team = readTeam(
      `<Team><id>5000</id><name>Care</name><users>${member('1001001', 'READY')}${member('1001002', 'LOGOUT')}</users></Team>`,
    );
    expect(team.members.map((entry) => [entry.id, entry.state, entry.extension])).toEqual([
      ['1001001', 'READY', ''],
      ['1001002', 'LOGOUT', ''],
    ]);
  });

  it('a member TALKING or on HOLD as on a call, READY or RESERVED as not', () => {
    const team = readTeam(
      `<Team><id>5000</id><name>Care</name><users>${['TALKING', 'HOLD', 'READY', 'RESERVED'].map((state, index) => member(`100100${index}`, state)).join('')}</users></Team>`,
    );
    expect(team.members.map((entry) => entry.onCall)).toEqual([true, true, false, false]);
  });

  it('an empty <users/> or none to no members', () => {
    expect(readTeam('<Team><id>5000</id><name>Care</name><users/></Team>').members).toEqual([]);
    expect(readTeam('<Team><id>5000</id><name>Care</name></Team>').members).toEqual([]);
  });

  it('a Team without <id> to the id in its uri', () => {
    expect(readTeam('<Team><uri>/finesse/api/Team/0500</uri><name>Care</name></Team>').id).toBe('0500');
  });

  it('a member with a pending state to pendingState', () => {
    const team = readTeam(
      `<Team><id>1</id><users>${member('1', 'TALKING').replace('<pendingState></pendingState>', '<pendingState>NOT_READY</pendingState>')}</users></Team>`,
    );
    expect(team.members[0]?.pendingState).toBe('NOT_READY');
  });
});

describe('readTeam refuses with an UpstreamFormatError', () => {
  const REFUSED: [string, string][] = [
    ['a Team with neither id nor uri', '<Team><name>x</name></Team>'],
    ['a member without loginId', '<Team><id>1</id><users><User><state>READY</state></User></users></Team>'],
    ['a member without state', '<Team><id>1</id><users><User><loginId>1</loginId></User></users></Team>'],
    ['a User root', member('1', 'READY')],
    ['malformed XML', '<Team><id>1</Team>'],
    ['a DOCTYPE declaring an entity', '<!DOCTYPE Team [<!ENTITY n "Sales">]><Team><id>1</id><name>&n;</name></Team>'],
  ];
  for (const [what, xml] of REFUSED) {
    it(what, () => {
      expect(() => readTeam(xml)).toThrow(UpstreamFormatError);
    });
  }
});

import { describe, expect, it } from 'vitest';
import { readAgent } from '../../../bff/src/finesse/user-mapper.js';
import { UpstreamFormatError } from '../../../bff/src/upstream/format-error.js';
import { documentedXml } from './documented-xml.js';

/** A User with only what Finesse always sends, plus `extra` children. */
const user = (extra = '', root = 'User') =>
  `<${root}><loginId>1001001</loginId><loginName>agent1</loginName><state>NOT_READY</state>${extra}</${root}>`;

describe('readAgent maps a User', () => {
  it('in the documented example to every Agent field, the nested ReasonCode giving code and label', () => {
    expect(readAgent(documentedXml('user.xml'))).toEqual({
      id: '1001001',
      loginName: 'csmith',
      firstName: 'Chris',
      lastName: 'Smith',
      extension: '1001001',
      state: 'NOT_READY',
      reasonCode: { id: '16', code: '32767', label: 'Lunch' },
      stateChangedAt: '2012-03-01T17:58:21.234Z',
      roles: ['Agent', 'Supervisor'],
      team: { id: '500', name: 'Sales' },
      supervisedTeams: [{ id: '500', name: 'Sales' }],
      wrapUp: { onIncoming: 'OPTIONAL', onOutgoing: 'NOT_ALLOWED' },
    });
  });

  it('from a 12.5 notification (<user>, alphabetical order, reasonCodeId -1, empty pendingState) without a reason or pending state', () => {
    const xml = documentedXml('update-user.xml').replace(/^[\s\S]*?(<user>[\s\S]*<\/user>)[\s\S]*$/, '$1');
    const agent = readAgent(xml);
    expect(agent).toMatchObject({
      id: '6021',
      loginName: 'lpu_test_21',
      extension: '2830',
      state: 'NOT_READY',
      roles: ['Agent'],
      team: { id: '5005', name: 'LPU_test' },
    });
    expect(agent).not.toHaveProperty('reasonCode');
    expect(agent).not.toHaveProperty('pendingState');
  });

  it('with the same children in reverse order to the same Agent', () => {
    const children = [
      '<teamName>Sales</teamName>',
      '<teamId>500</teamId>',
      '<extension>1001001</extension>',
      '<roles><role>Agent</role></roles>',
    ];
    expect(readAgent(user(children.join('')))).toEqual(readAgent(user([...children].reverse().join(''))));
  });

  it('with an empty <extension> (logged out) to an empty extension', () => {
    expect(readAgent(user('<extension></extension>')).extension).toBe('');
    expect(readAgent(user('<extension/>')).extension).toBe('');
  });

  it('keeps leading zeros in ids, extensions and reason codes ("007" stays "007")', () => {
    const agent = readAgent(
      '<User><loginId>007</loginId><loginName>0042</loginName><state>NOT_READY</state><extension>0101</extension>' +
        '<reasonCodeId>09</reasonCodeId><ReasonCode><code>0010</code><label>Break</label><id>09</id></ReasonCode><teamId>05</teamId></User>',
    );
    expect([
      agent.id,
      agent.loginName,
      agent.extension,
      agent.reasonCode?.id,
      agent.reasonCode?.code,
      agent.team?.id,
    ]).toEqual(['007', '0042', '0101', '09', '0010', '05']);
  });

  it('with reasonCodeId -1 or empty to no reason code', () => {
    expect(readAgent(user('<reasonCodeId>-1</reasonCodeId>'))).not.toHaveProperty('reasonCode');
    expect(readAgent(user('<reasonCodeId></reasonCodeId>'))).not.toHaveProperty('reasonCode');
  });

  it('with a reasonCodeId but an empty ReasonCode (documented sample) to the id with empty code and label', () => {
    const xml = user(
      '<reasonCodeId>16</reasonCodeId><ReasonCode><category/><uri/><code/><label/><forAll/><systemCode/><id/></ReasonCode>',
    );
    expect(readAgent(xml).reasonCode).toEqual({ id: '16', code: '', label: '' });
  });

  it('with a pending state to pendingState, and an unknown pending state to none', () => {
    expect(readAgent(user('<pendingState>NOT_READY</pendingState>')).pendingState).toBe('NOT_READY');
    expect(readAgent(user('<pendingState>SOMETHING_NEW</pendingState>'))).not.toHaveProperty('pendingState');
  });

  it('with one role, many roles, no roles or an unknown role to the documented roles only', () => {
    expect(readAgent(user('<roles><role>Agent</role></roles>')).roles).toEqual(['Agent']);
    expect(
      readAgent(user('<roles><role>Supervisor</role><role>Agent</role><role>Auditor</role></roles>')).roles,
    ).toEqual(['Agent', 'Supervisor']);
    expect(readAgent(user('<roles/>')).roles).toEqual([]);
    expect(readAgent(user()).roles).toEqual([]);
  });

  it('with one supervised Team, several, or an empty <teams/> to that list, and without <teams> to none', () => {
    const team = (id: string) => `<Team><uri>/finesse/api/Team/${id}</uri><id>${id}</id><name>T${id}</name></Team>`;
    expect(readAgent(user(`<teams>${team('1')}</teams>`)).supervisedTeams).toEqual([{ id: '1', name: 'T1' }]);
    expect(readAgent(user(`<teams>${team('1')}${team('2')}</teams>`)).supervisedTeams).toHaveLength(2);
    expect(readAgent(user('<teams/>')).supervisedTeams).toEqual([]);
    expect(readAgent(user())).not.toHaveProperty('supervisedTeams');
  });

  it('with an empty teamId to no team', () => {
    expect(readAgent(user('<teamId></teamId><teamName></teamName>'))).not.toHaveProperty('team');
  });

  it('with a state this BFF does not know to UNKNOWN', () => {
    expect(readAgent('<User><loginId>1</loginId><loginName>a</loginName><state>ON_BREAK</state></User>').state).toBe(
      'UNKNOWN',
    );
  });

  it('with a <user> root (the notification spelling) like a <User> root', () => {
    expect(readAgent(user('', 'user'))).toEqual(readAgent(user()));
  });
});

describe('readAgent refuses with an UpstreamFormatError', () => {
  const REFUSED: [string, string][] = [
    ['a User without loginId', '<User><loginName>a</loginName><state>READY</state></User>'],
    ['a User without loginName', '<User><loginId>1</loginId><state>READY</state></User>'],
    ['a User without state', '<User><loginId>1</loginId><loginName>a</loginName></User>'],
    ['a User with an empty state', '<User><loginId>1</loginId><loginName>a</loginName><state/></User>'],
    [
      'a User with two states',
      '<User><loginId>1</loginId><loginName>a</loginName><state>READY</state><state>TALKING</state></User>',
    ],
    [
      'a loginId holding elements',
      '<User><loginId><id>1</id></loginId><loginName>a</loginName><state>READY</state></User>',
    ],
    [
      'roles holding text',
      '<User><loginId>1</loginId><loginName>a</loginName><state>READY</state><roles>Agent</roles></User>',
    ],
    ['another root', '<Dialog><id>1</id><state>ACTIVE</state></Dialog>'],
    ['an ApiErrors document', documentedXml('api-errors.xml')],
    ['malformed XML', '<User><loginId>1</loginId>'],
    [
      'a DOCTYPE with an entity',
      '<!DOCTYPE User [<!ENTITY a "1">]><User><loginId>&a;</loginId><loginName>a</loginName><state>READY</state></User>',
    ],
  ];
  for (const [what, xml] of REFUSED) {
    it(what, () => {
      expect(() => readAgent(xml)).toThrow(UpstreamFormatError);
    });
  }
});

import { describe, expect, it } from 'vitest';
import { readUpdate } from '../../../bff/src/finesse/update-mapper.js';
import { UpstreamFormatError } from '../../../bff/src/upstream/format-error.js';
import { documentedXml } from './documented-xml.js';

const USER =
  '<loginId>1001001</loginId><loginName>agent1</loginName><state>READY</state><extension>1001001</extension>';
const DIALOG =
  '<id>16817456</id><state>ACTIVE</state><fromAddress>4155550123</fromAddress><toAddress>1001001</toAddress>';

/** An `<Update>` with children in the documented order (data, event, requestId, source). */
const update = (data: string, event: string, requestId = '', source = '/finesse/api/User/1001001') =>
  `<Update><data>${data}</data><event>${event}</event><requestId>${requestId}</requestId><source>${source}</source></Update>`;

describe('readUpdate maps', () => {
  it('the captured 12.5 user notification (<user>, alphabetical, empty requestId) to an agent update', () => {
    const mapped = readUpdate(documentedXml('update-user.xml'), '/finesse/api/User/6021');
    expect(mapped).toMatchObject({
      kind: 'agent',
      requestId: '',
      agent: { id: '6021', state: 'NOT_READY', extension: '2830' },
    });
  });

  it('a <User> wrapper (one doc sample) like <user>, echoing the requestId', () => {
    expect(readUpdate(update(`<User>${USER}</User>`, 'PUT', 'req-1'))).toMatchObject({
      kind: 'agent',
      requestId: 'req-1',
      agent: { id: '1001001', state: 'READY' },
    });
    expect(readUpdate(update(`<User>${USER}</User>`, 'PUT'))).toEqual(
      readUpdate(update(`<user>${USER}</user>`, 'PUT')),
    );
  });

  it('a new dialog (POST, <dialogs><Dialog>) to an added dialog', () => {
    const mapped = readUpdate(
      update(`<dialogs><Dialog>${DIALOG}</Dialog></dialogs>`, 'POST', 'r', '/finesse/api/User/1001001/Dialogs'),
    );
    expect(mapped).toMatchObject({
      kind: 'dialog',
      change: 'added',
      requestId: 'r',
      dialog: { id: '16817456', state: 'ACTIVE' },
    });
  });

  it('a removed dialog (DELETE, <dialogs><Dialog>) to a removed dialog', () => {
    expect(readUpdate(update(`<dialogs><Dialog>${DIALOG}</Dialog></dialogs>`, 'DELETE'))).toMatchObject({
      kind: 'dialog',
      change: 'removed',
    });
  });

  it('a changed dialog (PUT, <Dialog> or the captured lowercase <dialog>) to a changed dialog', () => {
    expect(readUpdate(update(`<Dialog>${DIALOG}</Dialog>`, 'PUT', '', '/finesse/api/Dialog/16817456'))).toMatchObject({
      kind: 'dialog',
      change: 'changed',
    });
    expect(readUpdate(update(`<dialog>${DIALOG}</dialog>`, 'PUT'))).toMatchObject({
      kind: 'dialog',
      change: 'changed',
      dialog: { id: '16817456' },
    });
  });

  it('an event in lowercase ("put", "post", "delete") like uppercase', () => {
    expect(readUpdate(update(`<Dialog>${DIALOG}</Dialog>`, 'put'))).toMatchObject({ change: 'changed' });
    expect(readUpdate(update(`<dialogs><Dialog>${DIALOG}</Dialog></dialogs>`, 'post'))).toMatchObject({
      change: 'added',
    });
    expect(readUpdate(update(`<dialogs><Dialog>${DIALOG}</Dialog></dialogs>`, 'Delete'))).toMatchObject({
      change: 'removed',
    });
  });

  it('the captured error update (camelCase apiErrors, event "put", data first and event last) to an error with its source', () => {
    expect(readUpdate(documentedXml('update-error.xml'))).toEqual({
      kind: 'error',
      requestId: '',
      source: '/finesse/api/User/6021',
      error: { type: 'Invalid State', message: 'CF_INVALID_OBJECT_STATE', data: '22' },
    });
  });

  it('an error on a dialog with the 12.5 peripheral fields to an error naming the dialog and the peripheral detail', () => {
    const errors =
      '<apiErrors><apiError><errorData>260</errorData><errorMessage>CF_X</errorMessage><errorType>Invalid Device</errorType>' +
      '<peripheralErrorCode>10125</peripheralErrorCode><peripheralErrorMsg>PERERR</peripheralErrorMsg><peripheralErrorText>T</peripheralErrorText></apiError></apiErrors>';
    expect(readUpdate(update(errors, 'put', 'req-9', '/finesse/api/Dialog/16817456'))).toEqual({
      kind: 'error',
      requestId: 'req-9',
      source: '/finesse/api/Dialog/16817456',
      error: {
        type: 'Invalid Device',
        message: 'CF_X',
        data: '260',
        peripheral: { code: '10125', text: 'T', message: 'PERERR' },
      },
    });
  });

  it('a SystemInfo notification to the system status', () => {
    const info = '<SystemInfo><status>OUT_OF_SERVICE</status><xmppDomain>finesse1</xmppDomain></SystemInfo>';
    expect(readUpdate(update(info, 'PUT', '', '/finesse/api/SystemInfo'))).toEqual({
      kind: 'system',
      requestId: '',
      status: 'OUT_OF_SERVICE',
    });
  });

  it('an Update with its children in reverse order like the documented order', () => {
    const reversed = `<Update><source>/finesse/api/User/1001001</source><requestId>r</requestId><event>PUT</event><data><user>${USER}</user></data></Update>`;
    expect(readUpdate(reversed)).toEqual(readUpdate(update(`<user>${USER}</user>`, 'PUT', 'r')));
  });

  it('an indented Update like a compact one', () => {
    const compact = update(`<user>${USER}</user>`, 'PUT', 'r');
    expect(
      readUpdate(compact.replace(/(<\/[^>]+>)(?=<)/g, '$1\n  ').replace(/(<(?:Update|data|user)>)/g, '$1\n  ')),
    ).toEqual(readUpdate(compact));
  });
});

describe("readUpdate on a supervisor's nodes maps", () => {
  const MEMBER =
    '<user><loginId>1001002</loginId><firstName>Sam</firstName><lastName>Okafor</lastName><extension>1001002</extension><state>TALKING</state><stateChangeTime>2024-01-01T00:00:00Z</stateChangeTime></user>';

  it("a member summary on a Team node to a team_member change of that team (never the supervisor's own agent)", () => {
    expect(readUpdate(update(MEMBER, 'PUT'), '/finesse/api/Team/5000/Users')).toEqual({
      kind: 'team_member',
      requestId: '',
      teamId: '5000',
      change: 'changed',
      member: {
        id: '1001002',
        firstName: 'Sam',
        lastName: 'Okafor',
        extension: '1001002',
        state: 'TALKING',
        stateChangedAt: '2024-01-01T00:00:00Z',
        onCall: true,
      },
    });
  });

  it('POST and DELETE on a Team node to a member added and removed', () => {
    expect(
      readUpdate(update(MEMBER, 'POST', '', '/finesse/api/Team/5000/Users'), '/finesse/api/Team/5000/Users'),
    ).toMatchObject({ kind: 'team_member', change: 'added' });
    expect(
      readUpdate(update(MEMBER, 'DELETE', '', '/finesse/api/Team/5000/Users'), '/finesse/api/Team/5000/Users'),
    ).toMatchObject({ kind: 'team_member', change: 'removed' });
  });

  it('a Queue on a Queue node to a queue update', () => {
    const queue =
      '<Queue><uri>/finesse/api/Queue/5022</uri><name>Care</name><statistics><callsInQueue>3</callsInQueue></statistics></Queue>';
    expect(readUpdate(update(queue, 'PUT', '', '/finesse/api/Queue/5022'), '/finesse/api/Queue/5022')).toMatchObject({
      kind: 'queue',
      queue: { id: '5022', callsInQueue: 3 },
    });
  });
});

describe('readUpdate gives undefined, without throwing, for updates the BFF does not follow', () => {
  const IGNORED: [string, string, string?][] = [
    [
      'a Team member update with an unknown event',
      update('<user><loginId>1001002</loginId><state>READY</state></user>', 'PATCH'),
      '/finesse/api/Team/5000/Users',
    ],
    [
      'anything on a Media node',
      update('<media><state>LOGIN</state></media>', 'PUT'),
      '/finesse/api/User/1001001/Media/1',
    ],
    ['a Media object', update('<media><mediaId>1</mediaId></media>', 'PUT', '', '/finesse/api/User/1001001/Media/1')],
    ['a Team object', update('<Team><id>1</id></Team>', 'PUT')],
    ['an empty <data/>', '<Update><data/><event>PUT</event><requestId/><source>/finesse/api/User/1</source></Update>'],
    ['a dialog update with an unknown event', update(`<Dialog>${DIALOG}</Dialog>`, 'PATCH')],
    ['a deleted user', update(`<user>${USER}</user>`, 'DELETE')],
  ];
  for (const [what, xml, node] of IGNORED) {
    it(what, () => {
      expect(readUpdate(xml, node)).toBeUndefined();
    });
  }
});

describe('readUpdate refuses with an UpstreamFormatError', () => {
  const REFUSED: [string, string][] = [
    ['malformed XML', '<Update><data><user></data></Update>'],
    ['the still-escaped notification text', '&lt;Update&gt;&lt;/Update&gt;'],
    ['a DOCTYPE', `<!DOCTYPE Update [<!ENTITY e "x">]>${update('', 'PUT')}`],
    [
      'another root (the XMPP <notification> wrapper)',
      `<notification xmlns="urn:xmpp:push:0">${update('', 'PUT')}</notification>`,
    ],
    ['an Update without <data>', '<Update><event>PUT</event><requestId/><source/></Update>'],
    ['an Update without <event>', '<Update><data><user/></data><requestId/><source/></Update>'],
    ['a user update lacking loginId', update('<user><loginName>a</loginName><state>READY</state></user>', 'PUT')],
    ['a dialog update whose Dialog lacks an id', update('<Dialog><state>ACTIVE</state></Dialog>', 'PUT')],
    ['a <dialogs> holding no Dialog', update('<dialogs/>', 'POST')],
    [
      'a <dialogs> holding two Dialogs',
      update(`<dialogs><Dialog>${DIALOG}</Dialog><Dialog>${DIALOG}</Dialog></dialogs>`, 'POST'),
    ],
    ['an apiErrors holding no apiError', update('<apiErrors/>', 'put')],
    [
      'a SystemInfo with an unknown status',
      update('<SystemInfo><status>BROKEN</status><xmppDomain>d</xmppDomain></SystemInfo>', 'PUT'),
    ],
  ];
  for (const [what, xml] of REFUSED) {
    it(what, () => {
      expect(() => readUpdate(xml)).toThrow(UpstreamFormatError);
    });
  }
});

import { describe, expect, it } from 'vitest';
import { readDialog, readDialogs } from '../../../bff/src/finesse/dialog-mapper.js';
import { UpstreamFormatError } from '../../../bff/src/upstream/format-error.js';
import { documentedXml } from './documented-xml.js';

const participant = (
  address: string,
  type: string,
  state: string,
  actions: string,
  startTime = '2014-02-11T16:10:23.121Z',
) =>
  `<Participant><actions>${actions}</actions><mediaAddress>${address}</mediaAddress><mediaAddressType>${type}</mediaAddressType>` +
  `<startTime>${startTime}</startTime><state>${state}</state><stateCause></stateCause><stateChangeTime>${startTime}</stateChangeTime></Participant>`;

/** A Dialog with what Finesse always sends; `media` fills mediaProperties, `participants` the participant list. */
const dialog = (media = '', participants = '', extra = '') =>
  `<Dialog><associatedDialogUri></associatedDialogUri><id>16817456</id><mediaType>Voice</mediaType><fromAddress>4155550123</fromAddress>` +
  `<toAddress>1001001</toAddress><mediaProperties>${media}</mediaProperties><participants>${participants}</participants>` +
  `<state>ACTIVE</state><uri>/finesse/api/Dialog/16817456</uri>${extra}</Dialog>`;

describe('readDialog maps a Dialog', () => {
  it('in the documented example to every Dialog field', () => {
    expect(readDialog(documentedXml('dialog.xml'))).toEqual({
      id: '12345678',
      mediaType: 'Voice',
      state: 'ACTIVE',
      from: '2002',
      to: '2000',
      callType: 'ACD_IN',
      dnis: '2000',
      queue: { number: '5022', name: 'Sales.SG' },
      variables: { callVariable1: 'Chuck Smith', 'user.Finesse_ecc2': 'A' },
      wrapUpReason: 'Sales Call',
      associatedDialogId: '321654',
      participants: [{ address: '2002', kind: 'agent', state: 'ACTIVE', actions: ['HOLD', 'DROP'] }],
      startedAt: '2014-02-11T16:10:23.121Z',
    });
  });

  it('with one participant holding one action to a list of one with a list of one', () => {
    const mapped = readDialog(
      dialog('', participant('1001001', 'AGENT_DEVICE', 'ALERTING', '<action>ANSWER</action>')),
    );
    expect(mapped.participants).toEqual([
      { address: '1001001', kind: 'agent', state: 'ALERTING', actions: ['ANSWER'] },
    ]);
  });

  it('with two participants to both, the non-agent device as external, the earliest start as startedAt', () => {
    const mapped = readDialog(
      dialog(
        '',
        participant(
          '1001001',
          'AGENT_DEVICE',
          'ACTIVE',
          '<action>HOLD</action><action>DROP</action>',
          '2024-01-01T10:00:05.000Z',
        ) + participant('4155550123', '', 'ACTIVE', '<action>DROP</action>', '2024-01-01T10:00:00.000Z'),
      ),
    );
    expect(mapped.participants.map((entry) => [entry.address, entry.kind])).toEqual([
      ['1001001', 'agent'],
      ['4155550123', 'external'],
    ]);
    expect(mapped.startedAt).toBe('2024-01-01T10:00:00.000Z');
  });

  it('with an empty <actions/> (a DROPPED participant) to no actions', () => {
    expect(
      readDialog(dialog('', participant('1001001', 'AGENT_DEVICE', 'DROPPED', ''))).participants[0]?.actions,
    ).toEqual([]);
  });

  it('with a stateCause to stateCause, and an empty one to none', () => {
    const failed = participant('4155550123', '', 'FAILED', '<action>DROP</action>').replace(
      '<stateCause></stateCause>',
      '<stateCause>BUSY</stateCause>',
    );
    expect(readDialog(dialog('', failed)).participants[0]?.stateCause).toBe('BUSY');
    expect(readDialog(dialog('', participant('1', 'AGENT_DEVICE', 'ACTIVE', ''))).participants[0]).not.toHaveProperty(
      'stateCause',
    );
  });

  it('with no participants element or an empty one to no participants', () => {
    expect(readDialog(dialog()).participants).toEqual([]);
    expect(readDialog('<Dialog><id>1</id><state>DROPPED</state></Dialog>').participants).toEqual([]);
  });

  it('with one CallVariable, an ECC variable, an empty value and an empty <value/> to every name', () => {
    const media =
      '<callvariables><CallVariable><name>callVariable1</name><value>0042</value></CallVariable>' +
      '<CallVariable><name>user.POD.ID</name><value>pod-1</value></CallVariable>' +
      '<CallVariable><name>callVariable2</name><value></value></CallVariable>' +
      '<CallVariable><name>callVariable3</name><value/></CallVariable></callvariables>';
    expect(readDialog(dialog(media)).variables).toEqual({
      callVariable1: '0042',
      'user.POD.ID': 'pod-1',
      callVariable2: '',
      callVariable3: '',
    });
  });

  it('with exactly one CallVariable to a record of one', () => {
    expect(
      readDialog(
        dialog(
          '<callvariables><CallVariable><name>callVariable1</name><value>VIP</value></CallVariable></callvariables>',
        ),
      ).variables,
    ).toEqual({
      callVariable1: 'VIP',
    });
  });

  it('with escaped markup in a variable to the text itself, never to elements', () => {
    const media =
      '<callvariables><CallVariable><name>callVariable1</name><value>&lt;b&gt;A &amp; B&lt;/b&gt; ]]&gt; &quot;</value></CallVariable></callvariables>';
    expect(readDialog(dialog(media)).variables.callVariable1).toBe('<b>A & B</b> ]]> "');
  });

  it('with a variable named __proto__ to an ordinary key', () => {
    const variables = readDialog(
      dialog('<callvariables><CallVariable><name>__proto__</name><value>x</value></CallVariable></callvariables>'),
    ).variables;
    expect(Object.keys(variables)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(variables)).toBe(Object.prototype);
  });

  it('with camel-cased <callVariables> like the documented lowercase', () => {
    expect(
      readDialog(
        dialog(
          '<callVariables><CallVariable><name>callVariable1</name><value>A</value></CallVariable></callVariables>',
        ),
      ).variables,
    ).toEqual({
      callVariable1: 'A',
    });
  });

  it('with an empty queueNumber (a direct call) to no queue, and a filled one to the queue', () => {
    expect(
      readDialog(dialog('<callType>OTHER_IN</callType><queueNumber></queueNumber><queueName></queueName>')),
    ).not.toHaveProperty('queue');
    expect(readDialog(dialog('<queueNumber>05022</queueNumber><queueName>Sales</queueName>')).queue).toEqual({
      number: '05022',
      name: 'Sales',
    });
  });

  it('with an empty DNIS, wrapUpReason and associatedDialogUri to none of them', () => {
    const mapped = readDialog(dialog('<DNIS></DNIS><wrapUpReason/>'));
    expect(mapped).not.toHaveProperty('dnis');
    expect(mapped).not.toHaveProperty('wrapUpReason');
    expect(mapped).not.toHaveProperty('associatedDialogId');
  });

  it('with an empty <mediaProperties/> to no call type and no variables', () => {
    expect(readDialog('<Dialog><id>1</id><state>ACTIVE</state><mediaProperties/></Dialog>')).toMatchObject({
      callType: '',
      variables: {},
    });
  });

  it('with its children in alphabetical order (12.5 notifications) to the same Dialog as in documented order', () => {
    const documented = documentedXml('dialog.xml');
    const alphabetical = documented.replace(/<Dialog>([\s\S]*)<\/Dialog>/, (_all, inner: string) => {
      const children = inner.match(/<(\w+)>[\s\S]*?<\/\1>/g) ?? [];
      return `<Dialog>${[...children].sort().join('')}</Dialog>`;
    });
    expect(alphabetical).not.toBe(documented);
    expect(readDialog(alphabetical)).toEqual(readDialog(documented));
  });

  it('indented, with empty elements holding only indentation, like the same Dialog written compactly', () => {
    const compact = dialog('<callType>ACD_IN</callType>', participant('1', 'AGENT_DEVICE', 'DROPPED', ''));
    const indented = compact.replace(/></g, '>\n    <');
    expect(indented).toContain('<actions>\n    </actions>');
    expect(readDialog(indented)).toEqual(readDialog(compact));
  });

  it('with a non-voice id containing underscores kept as it is', () => {
    expect(readDialog('<Dialog><id>1234_5423_1</id><state>OFFERED</state></Dialog>').id).toBe('1234_5423_1');
  });
});

describe('readDialogs maps a Dialogs list', () => {
  it('that is empty (<Dialogs/> or <Dialogs></Dialogs>) to no dialogs', () => {
    expect(readDialogs('<Dialogs/>')).toEqual([]);
    expect(readDialogs('<Dialogs></Dialogs>')).toEqual([]);
  });

  it('of one to a list of one, and of two to both in order', () => {
    expect(readDialogs(`<Dialogs>${dialog()}</Dialogs>`)).toHaveLength(1);
    const two = readDialogs(`<Dialogs>${dialog()}${dialog().replace('<id>16817456</id>', '<id>2</id>')}</Dialogs>`);
    expect(two.map((entry) => entry.id)).toEqual(['16817456', '2']);
  });
});

describe('readDialog and readDialogs refuse with an UpstreamFormatError', () => {
  const REFUSED: [string, () => unknown][] = [
    ['a Dialog without id', () => readDialog('<Dialog><state>ACTIVE</state></Dialog>')],
    ['a Dialog without state', () => readDialog('<Dialog><id>1</id></Dialog>')],
    [
      'a Participant without state',
      () => readDialog(dialog('', '<Participant><mediaAddress>1</mediaAddress></Participant>')),
    ],
    [
      'a CallVariable without name',
      () => readDialog(dialog('<callvariables><CallVariable><value>x</value></CallVariable></callvariables>')),
    ],
    [
      'mediaProperties holding text',
      () => readDialog('<Dialog><id>1</id><state>ACTIVE</state><mediaProperties>x</mediaProperties></Dialog>'),
    ],
    ['a Dialogs root where a Dialog is expected', () => readDialog('<Dialogs/>')],
    ['a Dialog root where a Dialogs list is expected', () => readDialogs(dialog())],
    ['malformed XML', () => readDialogs('<Dialogs><Dialog></Dialogs>')],
    [
      'a DOCTYPE declaring an entity',
      () => readDialog('<!DOCTYPE Dialog [<!ENTITY id "1">]><Dialog><id>&id;</id><state>ACTIVE</state></Dialog>'),
    ],
  ];
  for (const [what, read] of REFUSED) {
    it(what, () => {
      expect(read).toThrow(UpstreamFormatError);
    });
  }
});

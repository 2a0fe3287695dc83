import { describe, expect, it } from 'vitest';
import { dialogActionBody, makeCallBody, stateChangeBody } from '../../../bff/src/finesse/request-bodies.js';
import { InvalidRequestError } from '../../../bff/src/errors.js';
import { isRecord, namedValues, readXml, text } from '../../../bff/sandbox/finesse/xml/xml-codec.js';
import { elementPaths } from '../../kit/finesse-xml.js';

/** Values that would break hand-written XML: markup, entities, a CDATA end, both quotes. */
const HOSTILE = [
  '<b>bold</b>',
  'A & B',
  'x]]>y',
  `"double" and 'single'`,
  '&amp; stays &amp;',
  '</value><name>injected</name><value>',
];

describe('stateChangeBody writes', () => {
  it('sign-in as <User><state>LOGIN</state><extension>…', () => {
    expect(stateChangeBody({ state: 'LOGIN', extension: '1001001' })).toBe(
      '<User><state>LOGIN</state><extension>1001001</extension></User>',
    );
  });

  it('Not Ready with its reason code id, leading zeros kept', () => {
    expect(stateChangeBody({ state: 'NOT_READY', reasonCodeId: '007' })).toBe(
      '<User><state>NOT_READY</state><reasonCodeId>007</reasonCodeId></User>',
    );
  });

  it('Ready and sign-out with the state alone', () => {
    expect(stateChangeBody({ state: 'READY' })).toBe('<User><state>READY</state></User>');
    expect(stateChangeBody({ state: 'LOGOUT' })).toBe('<User><state>LOGOUT</state></User>');
  });
});

describe('makeCallBody writes', () => {
  it("a supervisor's SILENT_MONITOR, and BARGE_CALL naming the monitor call by its URI", () => {
    expect(makeCallBody({ requestedAction: 'SILENT_MONITOR', fromAddress: '1002001', toAddress: '1001001' })).toBe(
      '<Dialog><requestedAction>SILENT_MONITOR</requestedAction><fromAddress>1002001</fromAddress><toAddress>1001001</toAddress></Dialog>',
    );
    expect(
      makeCallBody({
        requestedAction: 'BARGE_CALL',
        fromAddress: '1002001',
        toAddress: '1001001',
        associatedDialogId: '16817457',
      }),
    ).toBe(
      '<Dialog><requestedAction>BARGE_CALL</requestedAction><fromAddress>1002001</fromAddress><toAddress>1001001</toAddress><associatedDialogUri>/finesse/api/Dialog/16817457</associatedDialogUri></Dialog>',
    );
  });

  it('MAKE_CALL with from and to, and no mediaProperties without variables (CCX refuses them)', () => {
    const expected =
      '<Dialog><requestedAction>MAKE_CALL</requestedAction><fromAddress>1001001</fromAddress><toAddress>04155550123</toAddress></Dialog>';
    expect(makeCallBody({ fromAddress: '1001001', toAddress: '04155550123' })).toBe(expected);
    expect(makeCallBody({ fromAddress: '1001001', toAddress: '04155550123', variables: {} })).toBe(expected);
  });

  it('call variables whose values hold markup, entities, ]]> and quotes so that Finesse reads them back intact', () => {
    const variables = Object.fromEntries(HOSTILE.map((value, index) => [`user.v${index}`, value]));
    const body = readXml(makeCallBody({ fromAddress: '1001001', toAddress: '5551234', variables }), 'Dialog');
    const mediaProperties = isRecord(body.mediaProperties) ? body.mediaProperties : {};
    expect(Object.fromEntries(namedValues(mediaProperties.callvariables, 'CallVariable') ?? [])).toEqual(variables);
    expect(text(body, 'requestedAction')).toBe('MAKE_CALL');
  });

  it('hostile values without creating a single element beyond the documented ones', () => {
    const variables = Object.fromEntries(
      HOSTILE.map((value, index) => [index === 0 ? '<name>' : `callVariable${index}`, value]),
    );
    expect([...elementPaths(makeCallBody({ fromAddress: '1', toAddress: '2', variables }))].sort()).toEqual([
      'Dialog',
      'Dialog/fromAddress',
      'Dialog/mediaProperties',
      'Dialog/mediaProperties/callvariables',
      'Dialog/mediaProperties/callvariables/CallVariable',
      'Dialog/mediaProperties/callvariables/CallVariable/name',
      'Dialog/mediaProperties/callvariables/CallVariable/value',
      'Dialog/requestedAction',
      'Dialog/toAddress',
    ]);
  });
});

describe('dialogActionBody writes', () => {
  it('ANSWER with the agent as targetMediaAddress (not mediaAddress)', () => {
    expect(dialogActionBody({ requestedAction: 'ANSWER', targetMediaAddress: '1001001' })).toBe(
      '<Dialog><requestedAction>ANSWER</requestedAction><targetMediaAddress>1001001</targetMediaAddress></Dialog>',
    );
  });

  it('CONSULT_CALL with toAddress', () => {
    expect(
      dialogActionBody({ requestedAction: 'CONSULT_CALL', targetMediaAddress: '1001001', toAddress: '1001002' }),
    ).toContain('<toAddress>1001002</toAddress>');
  });

  it('SEND_DTMF with the digits as the dtmfString ActionParam', () => {
    expect(dialogActionBody({ requestedAction: 'SEND_DTMF', targetMediaAddress: '1001001', dtmf: '12#*' })).toContain(
      '<actionParams><ActionParam><name>dtmfString</name><value>12#*</value></ActionParam></actionParams>',
    );
  });

  it('UPDATE_CALL_DATA with a hostile wrap-up reason and variables that Finesse reads back intact, the action unchanged', () => {
    const wrapUpReason = '</wrapUpReason></mediaProperties><requestedAction>DROP</requestedAction><x>';
    const variables = { callVariable1: 'x]]>y', 'user.note': `"A" & 'B' <c>` };
    const body = readXml(dialogActionBody({ requestedAction: 'UPDATE_CALL_DATA', wrapUpReason, variables }), 'Dialog');
    const mediaProperties = isRecord(body.mediaProperties) ? body.mediaProperties : {};
    expect(text(body, 'requestedAction')).toBe('UPDATE_CALL_DATA');
    expect(text(mediaProperties, 'wrapUpReason')).toBe(wrapUpReason);
    expect(Object.fromEntries(namedValues(mediaProperties.callvariables, 'CallVariable') ?? [])).toEqual(variables);
  });

  it('UPDATE_CALL_DATA with an empty wrap-up reason as an empty element, which clears it', () => {
    expect(dialogActionBody({ requestedAction: 'UPDATE_CALL_DATA', wrapUpReason: '' })).toBe(
      '<Dialog><requestedAction>UPDATE_CALL_DATA</requestedAction><mediaProperties><wrapUpReason></wrapUpReason></mediaProperties></Dialog>',
    );
  });
});

describe('request bodies refuse with an InvalidRequestError', () => {
  const REFUSED: [string, () => string][] = [
    [
      'a call variable holding a control character XML cannot carry',
      () => makeCallBody({ fromAddress: '1', toAddress: '2', variables: { callVariable1: 'a\u0001b' } }),
    ],
    [
      'a wrap-up reason holding NUL',
      () => dialogActionBody({ requestedAction: 'UPDATE_CALL_DATA', wrapUpReason: 'a\u0000' }),
    ],
    ['a lone surrogate', () => dialogActionBody({ requestedAction: 'UPDATE_CALL_DATA', wrapUpReason: '\uD800' })],
    ['U+FFFF in a destination', () => makeCallBody({ fromAddress: '1', toAddress: '\uFFFF' })],
  ];
  for (const [what, write] of REFUSED) {
    it(what, () => {
      expect(write).toThrow(InvalidRequestError);
    });
  }

  it('but accepts tabs, line feeds and characters beyond the BMP', () => {
    expect(() => dialogActionBody({ requestedAction: 'UPDATE_CALL_DATA', wrapUpReason: 'a\tb\nc 😀' })).not.toThrow();
  });
});

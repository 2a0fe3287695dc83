import { describe, expect, it } from 'vitest';
import { readWrapUpReasons } from '../../../bff/src/finesse/wrap-up-reason-mapper.js';
import { UpstreamFormatError } from '../../../bff/src/upstream/format-error.js';
import { documentedXml } from './documented-xml.js';

const reason = (id: string, label: string) =>
  `<WrapUpReason><uri>/finesse/api/WrapUpReason/${id}</uri><label>${label}</label><forAll>true</forAll></WrapUpReason>`;

describe('readWrapUpReasons maps', () => {
  it('the documented list of one to its id (from the uri) and label', () => {
    expect(readWrapUpReasons(documentedXml('wrap-up-reasons.xml'))).toEqual([{ id: '1', label: 'Sale' }]);
  });

  it('a list of many in order, and an empty list to none', () => {
    expect(readWrapUpReasons(`<WrapUpReasons>${reason('1', 'A')}${reason('02', 'B')}</WrapUpReasons>`)).toEqual([
      { id: '1', label: 'A' },
      { id: '02', label: 'B' },
    ]);
    expect(readWrapUpReasons('<WrapUpReasons/>')).toEqual([]);
  });

  it('a reason with an <id> to that id', () => {
    expect(
      readWrapUpReasons(`<WrapUpReasons><WrapUpReason><id>7</id><label>A</label></WrapUpReason></WrapUpReasons>`)[0]
        ?.id,
    ).toBe('7');
  });

  it('a label with quotes, ampersands and a CDATA section to the text', () => {
    expect(
      readWrapUpReasons(
        `<WrapUpReasons>${reason('1', '&quot;Sold&quot; &amp; <![CDATA[<shipped>]]>')}</WrapUpReasons>`,
      )[0]?.label,
    ).toBe('"Sold" & <shipped>');
  });
});

describe('readWrapUpReasons refuses with an UpstreamFormatError', () => {
  const REFUSED: [string, string][] = [
    ['a reason without uri or id', '<WrapUpReasons><WrapUpReason><label>A</label></WrapUpReason></WrapUpReasons>'],
    [
      'a reason without label',
      '<WrapUpReasons><WrapUpReason><uri>/finesse/api/WrapUpReason/1</uri></WrapUpReason></WrapUpReasons>',
    ],
    ['a single WrapUpReason root', reason('1', 'A')],
    ['malformed XML', '<WrapUpReasons>'],
    [
      'a DOCTYPE declaring an entity',
      '<!DOCTYPE WrapUpReasons [<!ENTITY l "Sale">]><WrapUpReasons>' + reason('1', '&l;') + '</WrapUpReasons>',
    ],
  ];
  for (const [what, xml] of REFUSED) {
    it(what, () => {
      expect(() => readWrapUpReasons(xml)).toThrow(UpstreamFormatError);
    });
  }
});

import { describe, expect, it } from 'vitest';
import { readReasonCodes } from '../../../bff/src/finesse/reason-code-mapper.js';
import { UpstreamFormatError } from '../../../bff/src/upstream/format-error.js';
import { documentedXml } from './documented-xml.js';

const code = (children: string) => `<ReasonCode>${children}</ReasonCode>`;
const full = (id: string, category = 'NOT_READY') =>
  code(
    `<uri>/finesse/api/ReasonCode/${id}</uri><category>${category}</category><code>1${id}</code><label>L${id}</label><forAll>true</forAll><systemCode>false</systemCode><id>${id}</id>`,
  );

describe('readReasonCodes maps', () => {
  it('the documented list of one to one ReasonCode with its database id, code, label, category and systemCode', () => {
    expect(readReasonCodes(documentedXml('reason-codes.xml'))).toEqual([
      { id: '1', code: '10', label: 'Break', category: 'NOT_READY', systemCode: false },
    ]);
  });

  it('a list of many, in order', () => {
    expect(
      readReasonCodes(
        `<ReasonCodes category="LOGOUT">${full('21', 'LOGOUT')}${full('22', 'LOGOUT')}</ReasonCodes>`,
      ).map((reason) => reason.id),
    ).toEqual(['21', '22']);
  });

  it('an empty list (<ReasonCodes category="NOT_READY"/>) to none', () => {
    expect(readReasonCodes('<ReasonCodes category="NOT_READY"/>')).toEqual([]);
  });

  it('a code without <category> to the category attribute of its list', () => {
    expect(
      readReasonCodes(
        `<ReasonCodes category="LOGOUT">${code('<id>5</id><code>7</code><label>Home</label>')}</ReasonCodes>`,
      )[0]?.category,
    ).toBe('LOGOUT');
  });

  it('a code without <id> to the last segment of its uri', () => {
    expect(
      readReasonCodes(
        `<ReasonCodes>${code('<uri>/finesse/api/ReasonCode/0016</uri><category>NOT_READY</category><label>Lunch</label>')}</ReasonCodes>`,
      )[0]?.id,
    ).toBe('0016');
  });

  it('codes of both categories (category=ALL) each to its own category', () => {
    const codes = readReasonCodes(`<ReasonCodes category="ALL">${full('1')}${full('21', 'LOGOUT')}</ReasonCodes>`);
    expect(codes.map((reason) => reason.category)).toEqual(['NOT_READY', 'LOGOUT']);
  });

  it('systemCode true to true, and a missing systemCode to none', () => {
    expect(
      readReasonCodes(`<ReasonCodes>${full('999').replace('<systemCode>false', '<systemCode>true')}</ReasonCodes>`)[0]
        ?.systemCode,
    ).toBe(true);
    expect(
      readReasonCodes(`<ReasonCodes>${code('<id>1</id><category>NOT_READY</category>')}</ReasonCodes>`)[0],
    ).not.toHaveProperty('systemCode');
  });

  it('a label with escaped characters to the text', () => {
    expect(
      readReasonCodes(
        `<ReasonCodes>${code('<id>1</id><category>NOT_READY</category><label>R&amp;D &lt;lab&gt;</label>')}</ReasonCodes>`,
      )[0]?.label,
    ).toBe('R&D <lab>');
  });
});

describe('readReasonCodes refuses with an UpstreamFormatError', () => {
  const REFUSED: [string, string][] = [
    ['a code with neither id nor uri', `<ReasonCodes category="NOT_READY">${code('<label>x</label>')}</ReasonCodes>`],
    ['a code with no category anywhere', `<ReasonCodes>${code('<id>1</id>')}</ReasonCodes>`],
    ['a code with an unknown category', `<ReasonCodes>${code('<id>1</id><category>LUNCH</category>')}</ReasonCodes>`],
    ['a single ReasonCode where the list is expected', full('1')],
    ['malformed XML', '<ReasonCodes><ReasonCode></ReasonCodes>'],
    [
      'a DOCTYPE declaring an entity',
      '<!DOCTYPE ReasonCodes [<!ENTITY l "Break">]><ReasonCodes>' +
        code('<id>1</id><category>NOT_READY</category><label>&l;</label>') +
        '</ReasonCodes>',
    ],
  ];
  for (const [what, xml] of REFUSED) {
    it(what, () => {
      expect(() => readReasonCodes(xml)).toThrow(UpstreamFormatError);
    });
  }
});

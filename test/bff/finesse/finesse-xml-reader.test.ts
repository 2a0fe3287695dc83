import { describe, expect, it } from 'vitest';
import { readFinesseXml, readRoot } from '../../../bff/src/finesse/finesse-xml-reader.js';
import { UpstreamFormatError } from '../../../bff/src/upstream/format-error.js';

describe('readFinesseXml accepts', () => {
  it('a document with an XML declaration and gives its root name and children as strings', () => {
    const document = readFinesseXml(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><User><loginId>007</loginId><state>READY</state></User>',
    );
    expect(document).toEqual({ root: 'User', element: { loginId: '007', state: 'READY' } });
  });

  it('numbers, booleans and hex-like text unchanged, since values are never converted', () => {
    const { element } = readFinesseXml(
      '<X><a>0123</a><b>true</b><c>0x1F</c><d>1E5</d><e>12345678901234567890123</e></X>',
    );
    expect(element).toEqual({ a: '0123', b: 'true', c: '0x1F', d: '1E5', e: '12345678901234567890123' });
  });

  it('a list element with one member as an array of one, while the same name as root is not a list', () => {
    expect(readFinesseXml('<Dialogs><Dialog><id>1</id></Dialog></Dialogs>').element).toEqual({ Dialog: [{ id: '1' }] });
    expect(readFinesseXml('<Dialog><id>1</id></Dialog>').element).toEqual({ id: '1' });
  });

  it('an empty root (<Dialogs/>) as an element without children', () => {
    expect(readFinesseXml('<Dialogs/>')).toEqual({ root: 'Dialogs', element: {} });
    expect(readFinesseXml('<Dialogs></Dialogs>')).toEqual({ root: 'Dialogs', element: {} });
  });

  it('attributes, as the ReasonCodes category', () => {
    expect(readFinesseXml('<ReasonCodes category="LOGOUT"/>').element).toEqual({ '@_category': 'LOGOUT' });
  });

  it('the predefined entities, numeric character references and CDATA, decoded once', () => {
    const { element } = readFinesseXml(
      '<X><a>&lt;b&gt; &amp;lt; &quot;&apos;</a><b>&#60;&#x3C;&#x1F600;</b><c><![CDATA[<i>&amp;</i>]]></c></X>',
    );
    expect(element).toEqual({ a: '<b> &lt; "\'', b: '<<😀', c: '<i>&amp;</i>' });
  });

  it('text with leading and trailing spaces exactly as sent', () => {
    expect(readFinesseXml('<X><value>  two spaces  </value></X>').element).toEqual({ value: '  two spaces  ' });
  });

  it('a root holding only indentation as an element without children', () => {
    expect(readFinesseXml('<Dialogs>\n  \n</Dialogs>\n')).toEqual({ root: 'Dialogs', element: {} });
  });

  it('namespace prefixes, dropped from element names', () => {
    expect(readFinesseXml('<f:User xmlns:f="urn:x"><f:state>READY</f:state></f:User>')).toMatchObject({
      root: 'User',
      element: { state: 'READY' },
    });
  });
});

describe('readFinesseXml refuses with an UpstreamFormatError', () => {
  const REFUSED: [string, string][] = [
    ['an empty body', ''],
    ['plain text', 'Service Unavailable'],
    ['an HTML error page', '<html><body><h1>502 Bad Gateway</h1><br></body></html>'],
    ['a truncated document', '<User><uri>/finesse/api/User/1001001</uri><state>REA'],
    ['mismatched tags', '<User><state>READY</User></state>'],
    ['text after the root', '<User/>trailing'],
    ['two roots', '<User/><User/>'],
    ['two different roots', '<User/><Dialog/>'],
    ['a root holding only text', '<User>READY</User>'],
    ['a bare ampersand', '<User><firstName>A & B</firstName></User>'],
    ['a DOCTYPE', '<!DOCTYPE User [<!ENTITY x "y">]><User><state>&x;</state></User>'],
    ['a lowercase doctype', '<!doctype User><User/>'],
    ['an ENTITY declaration alone', '<!ENTITY x SYSTEM "file:///etc/passwd"><User/>'],
    ['an undeclared entity', '<User><state>&nbsp;</state></User>'],
    ['an HTML entity', '<User><state>&copy;</state></User>'],
    ['a character reference to NUL', '<User><state>&#0;</state></User>'],
    ['a character reference beyond Unicode', '<User><state>&#x110000;</state></User>'],
    ['a raw control character', '<User><state>\u0001</state></User>'],
    ['an element named __proto__', '<User><__proto__><polluted>yes</polluted></__proto__></User>'],
  ];
  for (const [what, xml] of REFUSED) {
    it(what, () => {
      expect(() => readFinesseXml(xml)).toThrow(UpstreamFormatError);
    });
  }
});

describe('readRoot', () => {
  it('gives the root element when its name is one of the accepted spellings', () => {
    expect(readRoot('<user><state>READY</state></user>', ['User', 'user'])).toEqual({ state: 'READY' });
  });

  it('refuses another root, naming both', () => {
    expect(() => readRoot('<Dialog/>', 'User')).toThrow(/expected <User>, found <Dialog>/);
  });
});

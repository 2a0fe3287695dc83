import { describe, expect, it } from 'vitest';
import { readSystemInfo } from '../../../bff/src/finesse/system-info-mapper.js';
import { UpstreamFormatError } from '../../../bff/src/upstream/format-error.js';
import { documentedXml } from './documented-xml.js';

describe('readSystemInfo maps', () => {
  it('the documented SystemInfo to status, deployment, XMPP domains and auth mode', () => {
    expect(readSystemInfo(documentedXml('system-info.xml'))).toEqual({
      status: 'IN_SERVICE',
      deploymentType: 'UCCE',
      xmppDomain: 'finesse1',
      pubsubDomain: 'pubsub.finesse1',
      authMode: 'NON_SSO',
    });
  });

  it('each documented status', () => {
    for (const status of ['IN_SERVICE', 'OUT_OF_SERVICE', 'PARTIAL_SERVICE']) {
      expect(
        readSystemInfo(`<SystemInfo><status>${status}</status><xmppDomain>d</xmppDomain></SystemInfo>`).status,
      ).toBe(status);
    }
  });

  it('a SystemInfo without xmppPubSubDomain to pubsub.<xmppDomain>', () => {
    expect(
      readSystemInfo('<SystemInfo><xmppDomain>finesse.example</xmppDomain><status>IN_SERVICE</status></SystemInfo>')
        .pubsubDomain,
    ).toBe('pubsub.finesse.example');
  });
});

describe('readSystemInfo refuses with an UpstreamFormatError', () => {
  const REFUSED: [string, string][] = [
    ['a SystemInfo without status', '<SystemInfo><xmppDomain>d</xmppDomain></SystemInfo>'],
    ['an unknown status', '<SystemInfo><status>MAINTENANCE</status><xmppDomain>d</xmppDomain></SystemInfo>'],
    ['a SystemInfo without xmppDomain', '<SystemInfo><status>IN_SERVICE</status></SystemInfo>'],
    ['another root', '<User/>'],
    ['malformed XML', '<SystemInfo><status>IN_SERVICE</status>'],
    [
      'a DOCTYPE declaring an entity',
      '<!DOCTYPE SystemInfo [<!ENTITY s "IN_SERVICE">]><SystemInfo><status>&s;</status><xmppDomain>d</xmppDomain></SystemInfo>',
    ],
  ];
  for (const [what, xml] of REFUSED) {
    it(what, () => {
      expect(() => readSystemInfo(xml)).toThrow(UpstreamFormatError);
    });
  }
});

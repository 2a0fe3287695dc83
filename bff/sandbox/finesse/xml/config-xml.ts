import type { ReasonCode, Team, WrapUpReason } from '../model/types.js';
import type { XmlElement } from './xml-codec.js';
import { reasonCodeElement } from './user-xml.js';

/** `GET /User/{id}/ReasonCodes?category=…`: the category travels as an attribute of the list. */
export function reasonCodesDocument(category: string, codes: readonly ReasonCode[]): XmlElement {
  return { ReasonCodes: { '@_category': category, ReasonCode: codes.map(reasonCodeElement) } };
}

export function reasonCodeDocument(code: ReasonCode): XmlElement {
  return { ReasonCode: reasonCodeElement(code) };
}

function wrapUpReasonElement(reason: WrapUpReason): XmlElement {
  return { uri: `/finesse/api/WrapUpReason/${reason.id}`, label: reason.label, forAll: String(reason.forAll) };
}

export function wrapUpReasonsDocument(reasons: readonly WrapUpReason[]): XmlElement {
  return { WrapUpReasons: { WrapUpReason: reasons.map(wrapUpReasonElement) } };
}

export function wrapUpReasonDocument(reason: WrapUpReason): XmlElement {
  return { WrapUpReason: wrapUpReasonElement(reason) };
}

export function teamDocument(team: Team, members: readonly XmlElement[]): XmlElement {
  return { Team: { uri: `/finesse/api/Team/${team.id}`, id: team.id, name: team.name, users: { User: [...members] } } };
}

export interface SystemInfoFacts {
  readonly now: Date;
  readonly status: 'IN_SERVICE' | 'OUT_OF_SERVICE';
  readonly host: string;
  readonly httpsPort: string;
  readonly xmppDomain: string;
  readonly startedAt: Date;
}

/** `GET /finesse/api/SystemInfo` for a single-node Unified CCE deployment with basic (non-SSO) authentication. */
export function systemInfoDocument(facts: SystemInfoFacts): XmlElement {
  const node = { host: facts.host, httpsPort: facts.httpsPort, xmppPort: '5222', xmppSecurePort: '5223' };
  return {
    SystemInfo: {
      currentTimestamp: facts.now.toISOString(),
      deploymentType: 'UCCE',
      lastCTIHeartbeatStatus: 'true',
      lastSuccessCTIHeartbeatTime: facts.now.toISOString(),
      ctiVersion: '21',
      ctiHeartbeatInterval: '30',
      ctiMMode: 'false',
      ctiTimeInMMode: '0',
      finesseMMode: 'false',
      finesseTimeInMMode: '0',
      license: 'Cisco Finesse Sandbox',
      peripheralId: '5000',
      primaryNode: node,
      secondaryNode: { host: '', httpsPort: '', xmppPort: '', xmppSecurePort: '' },
      status: facts.status,
      statusReason: facts.status === 'IN_SERVICE' ? '' : 'SERVER_OUT_OF_SERVICE',
      systemAuthMode: 'NON_SSO',
      timezoneOffset: '0',
      uri: '/finesse/api/SystemInfo',
      xmppDomain: facts.xmppDomain,
      xmppPubSubDomain: `pubsub.${facts.xmppDomain}`,
      ctiServers: {
        ctiServer: [
          {
            host: facts.host,
            connectedDuration: String(Math.round((facts.now.getTime() - facts.startedAt.getTime()) / 1000)),
            active: 'true',
          },
        ],
      },
    },
  };
}

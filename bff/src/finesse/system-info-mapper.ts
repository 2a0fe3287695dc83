import type { FinesseSystemInfo, FinesseSystemStatus } from './types.js';
import type { XmlElement } from './xml-element.js';
import { childText, nonEmptyText, requiredText } from './xml-element.js';
import { UpstreamFormatError } from '../upstream/format-error.js';
import { readRoot } from './finesse-xml-reader.js';

const STATUSES: readonly FinesseSystemStatus[] = ['IN_SERVICE', 'OUT_OF_SERVICE', 'PARTIAL_SERVICE'];

function isStatus(value: string): value is FinesseSystemStatus {
  return (STATUSES as readonly string[]).includes(value);
}

/**
 * `<SystemInfo>` ("SystemInfo", Developer Guide 12.5(1)), from `GET /finesse/api/SystemInfo` or a notification. The
 * pubsub service defaults to `pubsub.<xmppDomain>`, as Finesse names it (finesse.md §5).
 */
export function systemInfoFromXml(info: XmlElement): FinesseSystemInfo {
  const status = requiredText(info, 'status', 'SystemInfo');
  if (!isStatus(status)) throw new UpstreamFormatError('finesse', '<SystemInfo> has an unknown <status>');
  const xmppDomain = requiredText(info, 'xmppDomain', 'SystemInfo');
  return {
    status,
    deploymentType: childText(info, 'deploymentType') ?? '',
    xmppDomain,
    pubsubDomain: nonEmptyText(info, 'xmppPubSubDomain') ?? `pubsub.${xmppDomain}`,
    authMode: childText(info, 'systemAuthMode') ?? '',
  };
}

export function readSystemInfo(xml: string): FinesseSystemInfo {
  return systemInfoFromXml(readRoot(xml, 'SystemInfo'));
}

import type { WrapUpReason } from '../../../shared/api/agent.js';
import type { XmlElement } from './xml-element.js';
import { childElements, idFromUri, nonEmptyText, requiredText } from './xml-element.js';
import { UpstreamFormatError } from '../upstream/format-error.js';
import { readRoot } from './finesse-xml-reader.js';

/**
 * One `<WrapUpReason><uri/><label/><forAll/></WrapUpReason>` ("WrapUpReason", Developer Guide 12.5(1)). The object
 * documents no `<id>`: the id is the uri's last segment (`/finesse/api/WrapUpReason/{id}`); an `<id>` wins if present.
 */
export function wrapUpReasonFromXml(reason: XmlElement): WrapUpReason {
  const id = nonEmptyText(reason, 'id') ?? idFromUri(nonEmptyText(reason, 'uri'));
  if (id === undefined) throw new UpstreamFormatError('finesse', '<WrapUpReason> lacks <uri>');
  return { id, label: requiredText(reason, 'label', 'WrapUpReason') };
}

/** A `GET /finesse/api/User/{id}/WrapUpReasons` answer (the wrapper's name is unconfirmed, finesse.md §3.3). */
export function readWrapUpReasons(xml: string): WrapUpReason[] {
  return childElements(readRoot(xml, 'WrapUpReasons'), 'WrapUpReason').map(wrapUpReasonFromXml);
}

import type { ReasonCategory, ReasonCode } from '../../../shared/api/agent.js';
import type { XmlElement } from './xml-element.js';
import { attribute, childElements, childText, idFromUri, nonEmptyText } from './xml-element.js';
import { UpstreamFormatError } from '../upstream/format-error.js';
import { readRoot } from './finesse-xml-reader.js';

function isCategory(value: string | undefined): value is ReasonCategory {
  return value === 'NOT_READY' || value === 'LOGOUT';
}

function booleanText(value: string | undefined): boolean | undefined {
  return value === 'true' ? true : value === 'false' ? false : undefined;
}

/**
 * One `<ReasonCode>` ("ReasonCode", Developer Guide 12.5(1)). `id` is the database id the state change takes, `code`
 * the number agents see. Its own `<category>` wins; else the list's `category` attribute (finesse.md §3.3).
 */
export function reasonCodeFromXml(reason: XmlElement, listCategory: string | undefined): ReasonCode {
  const id = nonEmptyText(reason, 'id') ?? idFromUri(nonEmptyText(reason, 'uri'));
  if (id === undefined) throw new UpstreamFormatError('finesse', '<ReasonCode> lacks <id> and <uri>');
  const category = nonEmptyText(reason, 'category') ?? listCategory;
  if (!isCategory(category))
    throw new UpstreamFormatError('finesse', '<ReasonCode> has no NOT_READY or LOGOUT <category>');
  const systemCode = booleanText(childText(reason, 'systemCode'));
  return {
    id,
    code: childText(reason, 'code') ?? '',
    label: childText(reason, 'label') ?? '',
    category,
    ...(systemCode !== undefined ? { systemCode } : {}),
  };
}

/** A `GET /finesse/api/User/{id}/ReasonCodes?category=…` answer: `<ReasonCodes category="…">` with 0…n codes. */
export function readReasonCodes(xml: string): ReasonCode[] {
  const list = readRoot(xml, 'ReasonCodes');
  const category = attribute(list, 'category');
  return childElements(list, 'ReasonCode').map((reason) => reasonCodeFromXml(reason, category));
}

import type { ListRequest, Page } from '../model/list-request.js';
import type { XmlElement, XmlNode } from './xml-writer.js';

/**
 * A list answer: `<results>` holding `pageInfo` and the collection (`<agents><agent/>…</agents>`). The page links are
 * absolute URLs carrying the search and sort, as the documented example shows them (the first page without a
 * startIndex, no prevPage on the first page, no nextPage on the last).
 */
export function resultsDocument(
  listUrl: string,
  request: ListRequest,
  page: Page<unknown>,
  collection: string,
  items: readonly XmlNode[],
  item: string,
): XmlElement {
  const link = (startIndex: number | undefined): string => {
    const query = new URLSearchParams();
    if (startIndex !== undefined) query.set('startIndex', String(startIndex));
    query.set('resultsPerPage', String(page.resultsPerPage));
    if (request.searchTerm !== '') query.set('q', request.searchTerm);
    if (request.sortTerm !== '') query.set('sort', request.sortTerm);
    return `${listUrl}?${query.toString()}`;
  };
  const lastStart = Math.max(0, page.totalResults - page.resultsPerPage);
  const pageInfo: XmlElement = {
    resultsPerPage: String(page.resultsPerPage),
    startIndex: String(page.startIndex),
    totalResults: String(page.totalResults),
    firstPage: link(undefined),
    lastPage: link(lastStart),
  };
  if (page.startIndex > 0) pageInfo.prevPage = link(Math.max(0, page.startIndex - page.resultsPerPage));
  if (page.startIndex + page.resultsPerPage < page.totalResults)
    pageInfo.nextPage = link(page.startIndex + page.resultsPerPage);
  if (request.searchTerm !== '') pageInfo.searchTerm = request.searchTerm;
  if (request.sortTerm !== '') pageInfo.sortTerm = request.sortTerm;
  return { results: { pageInfo, [collection]: { [item]: [...items] } } };
}

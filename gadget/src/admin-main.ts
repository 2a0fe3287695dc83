import './admin/define-admin.js';
import { bffBaseUrl } from './bff-base-url.js';
import { callbackUrlOf, takeConnectionData } from './admin/callback-return.js';
import { takeWebexReturn } from './admin/webex-return.js';

/**
 * The /admin page's entry. First of all it takes the connectionData a Webex wizard may have appended to the address
 * and removes it from the address bar, before anything else can run or the address be bookmarked.
 */
const returned = takeConnectionData(window);
const webexReturn = takeWebexReturn(window);

// The page is the whole viewport: the element paints the background in both colour schemes.
document.body.style.margin = '0';

for (const element of document.querySelectorAll('cd-admin-page')) {
  element.receiveReturn(returned);
  element.webexReturn = webexReturn;
  element.callbackUrl = callbackUrlOf(window.location);
  element.baseUrl = bffBaseUrl(import.meta.url);
}

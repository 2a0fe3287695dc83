import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { currentLocale } from '../../i18n/i18n.js';
import { exactTime, relativeTime } from './relative-time.js';

/**
 * "3 days ago" with the exact time in a tooltip that shows on hover and on keyboard focus (the element is in the tab
 * order for that), and as the element's description for screen readers.
 */
export function activityTime(iso: string, tooltipId: string, now: number): TemplateResult {
  const locale = currentLocale();
  const exact = exactTime(iso, locale);
  return html`<span class="when"><time datetime=${iso} title=${exact} tabindex="0" aria-describedby=${tooltipId}>${relativeTime(iso, now, locale)}</time><span id=${tooltipId} role="tooltip">${exact}</span></span>`;
}

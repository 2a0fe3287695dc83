import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { Channel } from '../../../../shared/api/context.js';
import { t } from '../../i18n/i18n.js';

/**
 * A glyph per channel, always beside its name (the glyph is decoration): text symbols rather than images or emoji,
 * so nothing is downloaded and desktops without an emoji font show them too.
 */
const GLYPH: Record<Channel, string> = {
  voice: '☎',
  chat: '❝',
  email: '✉',
  web: '⌂',
  social: '☺',
  mobile: '✆',
  video: '▶',
  event: '⚑',
};

/** The channels in the filter's order (a local list: the gadget imports only types from shared/). */
export const CHANNEL_NAMES = Object.keys(GLYPH) as Channel[];

export function channelGlyph(channel: Channel): TemplateResult {
  return html`<span class="glyph" aria-hidden="true">${GLYPH[channel]}</span> <span class="channel">${t(`channel.${channel}`)}</span>`;
}

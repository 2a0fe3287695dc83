import type { MediaRoutingDomain } from './media-types.js';

/**
 * The demo contact center's Media Routing Domains. Cisco_Voice is CCE's built-in voice MRD (id 1); the others are
 * multichannel MRDs (ids from 5000, as in the guide's samples). Email and Task are interruptible, so a voice call
 * interrupts them; a chat is not, as a customer waits on the other end. A task cannot be transferred.
 */
export const CISCO_VOICE_MRD: MediaRoutingDomain = {
  id: '1',
  name: 'Cisco_Voice',
  description: 'Default Media Routing Domain for Cisco_Voice',
  interruptible: false,
  transferable: true,
  voice: true,
};
export const CHAT_MRD: MediaRoutingDomain = {
  id: '5000',
  name: 'Chat',
  description: 'Chat MRD',
  interruptible: false,
  transferable: true,
  voice: false,
};
export const EMAIL_MRD: MediaRoutingDomain = {
  id: '5001',
  name: 'Email',
  description: 'Email MRD',
  interruptible: true,
  transferable: true,
  voice: false,
};
export const TASK_MRD: MediaRoutingDomain = {
  id: '5002',
  name: 'Task',
  description: 'Task MRD',
  interruptible: true,
  transferable: false,
  voice: false,
};

export const DEMO_MEDIA_ROUTING_DOMAINS: readonly MediaRoutingDomain[] = [
  CISCO_VOICE_MRD,
  CHAT_MRD,
  EMAIL_MRD,
  TASK_MRD,
];

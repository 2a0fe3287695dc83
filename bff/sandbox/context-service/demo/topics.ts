import type { MediaType } from '../model/types.js';

/** What demo customers contact the company about: a request's title and description, and the words of its activities. */
export interface Topic {
  readonly tag: string;
  readonly title: string;
  readonly description: string;
  /** Fits "… about <subject>". */
  readonly subject: string;
  /** How an interaction about it ended; one closes each note. */
  readonly outcomes: readonly string[];
  /** The page a web activity links to. */
  readonly webPath: string;
  /** What a device or back-end system reported (an `event` activity; the seed's "Internet of Things"). */
  readonly event: string;
}

export const TOPICS: readonly Topic[] = [
  {
    tag: 'billing',
    title: 'Double charge on the monthly bill',
    description: 'Customer was charged twice for the same billing period and wants the duplicate refunded.',
    subject: 'a duplicate charge on the monthly bill',
    outcomes: [
      'Refund of the duplicate charge requested.',
      'Explained the pending authorisation drops off in 3 to 5 days.',
      'Escalated to the billing team.',
    ],
    webPath: '/billing/statement',
    event: 'Payment gateway flagged a duplicate transaction.',
  },
  {
    tag: 'delivery',
    title: 'Order not delivered',
    description: 'Order shows as shipped but has not arrived after the promised date.',
    subject: 'a delayed order',
    outcomes: [
      'Opened a trace with the carrier.',
      'Offered to reship with express delivery.',
      'Gave the new delivery estimate.',
    ],
    webPath: '/orders/track',
    event: 'Carrier scan: package held at the depot.',
  },
  {
    tag: 'account',
    title: 'Cannot sign in to the online account',
    description: 'Customer is locked out after several failed attempts and the reset email does not arrive.',
    subject: 'signing in to the online account',
    outcomes: [
      'Unlocked the account and sent a new reset link.',
      'Confirmed the email address on file.',
      'Walked the customer through the reset.',
    ],
    webPath: '/account/reset-password',
    event: 'Five failed sign-in attempts; account locked.',
  },
  {
    tag: 'account',
    title: 'Change of address',
    description: 'Customer moved and needs billing and shipping addresses updated.',
    subject: 'updating the mailing address',
    outcomes: [
      'Address updated in the billing system.',
      'Asked for proof of address.',
      'Pending orders moved to the new address.',
    ],
    webPath: '/account/profile',
    event: 'Address verification returned a mismatch.',
  },
  {
    tag: 'warranty',
    title: 'Warranty repair on the motorcycle',
    description: 'The dashboard shows an engine warning; customer wants a repair under warranty.',
    subject: 'a warranty repair on the motorcycle',
    outcomes: [
      'Warranty confirmed, repair authorised.',
      'Asked for photos of the warning light.',
      'Booked a diagnostic slot.',
    ],
    webPath: '/service/warranty',
    event: 'Motorcycle dashboard reported engine fault code P0301.',
  },
  {
    tag: 'appointment',
    title: 'Service appointment',
    description: 'Customer wants to book, or move, a service appointment at the nearest service center.',
    subject: 'scheduling a service appointment',
    outcomes: [
      'Appointment booked for Saturday morning.',
      'Moved the appointment to the proposed date.',
      'Sent the appointment details by SMS.',
    ],
    webPath: '/service/locations',
    event: 'Appointment reminder sent by SMS.',
  },
  {
    tag: 'sales',
    title: 'Upgrade to the premium plan',
    description: 'Customer asks about the premium plan, its price and whether the current discount carries over.',
    subject: 'upgrading to the premium plan',
    outcomes: [
      'Upgrade placed, effective next cycle.',
      'Sent the plan comparison.',
      'Customer will decide after the trial.',
    ],
    webPath: '/plans/compare',
    event: 'Usage passed 90% of the plan allowance.',
  },
  {
    tag: 'retention',
    title: 'Cancel the subscription',
    description: 'Customer wants to cancel at the end of the term; retention offer to be discussed.',
    subject: 'cancelling the subscription',
    outcomes: [
      'Accepted a three-month discount instead.',
      'Cancellation scheduled for the end of the term.',
      'Transferred to retention.',
    ],
    webPath: '/account/cancel',
    event: 'Auto-renewal notice sent.',
  },
  {
    tag: 'technical',
    title: 'Internet connection keeps dropping',
    description: 'Connection drops several times a day, mostly in the evening.',
    subject: 'the internet connection dropping',
    outcomes: [
      'Ran a line test; no fault found.',
      'Scheduled a technician visit.',
      'Router firmware updated remotely.',
    ],
    webPath: '/support/outages',
    event: 'Router reported repeated reboots.',
  },
  {
    tag: 'returns',
    title: 'Return and refund for a damaged item',
    description: 'Item arrived damaged; customer wants a refund rather than a replacement.',
    subject: 'returning a damaged item',
    outcomes: ['Return label emailed.', 'Refund issued to the original card.', 'Asked for a photo of the damage.'],
    webPath: '/returns/start',
    event: 'Return label scanned by the carrier.',
  },
  {
    tag: 'fraud',
    title: 'Suspicious card transaction',
    description: 'Customer does not recognise a card payment and fears fraud.',
    subject: 'an unrecognised card transaction',
    outcomes: [
      'Card blocked and a new one ordered.',
      'Dispute opened for the transaction.',
      'Transaction confirmed as genuine by the customer.',
    ],
    webPath: '/security/alerts',
    event: 'Fraud engine blocked a card-not-present payment.',
  },
  {
    tag: 'complaint',
    title: 'Missed technician visit',
    description: 'The technician did not come in the booked window; customer took the day off work.',
    subject: 'a missed technician visit',
    outcomes: [
      'Apologised and credited the visit fee.',
      'Rebooked for the first slot tomorrow.',
      'Complaint logged for the field team.',
    ],
    webPath: '/support/visits',
    event: 'Technician marked the visit as "no access".',
  },
];

/** How each channel's note begins (the rest is the topic's subject and an outcome). */
export const NOTE_OPENINGS: Readonly<Record<MediaType, readonly ((subject: string) => string)[]>> = {
  voice: [
    (s) => `Customer called about ${s}.`,
    (s) => `Inbound call regarding ${s}; identity verified.`,
    (s) => `Returned the customer's call about ${s}.`,
  ],
  chat: [(s) => `Web chat about ${s}.`, (s) => `Chat: customer asked for help with ${s}.`],
  email: [(s) => `Email from the customer about ${s}.`, (s) => `Replied by email on ${s}.`],
  web: [(s) => `Browsed the help pages on ${s}.`, (s) => `Opened the self-service page for ${s}.`],
  mobile: [(s) => `Mobile app: looked up ${s}.`, (s) => `SMS exchange about ${s}.`],
  social: [(s) => `Posted publicly about ${s}; moved to a direct message.`, (s) => `Direct message about ${s}.`],
  video: [(s) => `Video call with a specialist about ${s}.`, (s) => `Video session: showed the problem with ${s}.`],
  event: [() => ''],
};

/** Agents who write notes and comments (the Finesse demo users among them), and the machines that log activities. */
export const AGENTS: readonly { readonly id: string; readonly name: string }[] = [
  { id: 'agent1', name: 'Alex Rivera' },
  { id: 'agent2', name: 'Sam Okafor' },
  { id: 'super1', name: 'Jordan Lee' },
  { id: 'tkowalski', name: 'Teresa Kowalski' },
  { id: 'bnguyen', name: 'Bao Nguyen' },
];

export const MACHINES: Readonly<Record<MediaType, string>> = {
  voice: 'cvp',
  chat: 'ece',
  email: 'ece',
  web: 'web-portal',
  mobile: 'mobile-app',
  social: 'socialminer',
  video: 'video-gateway',
  event: 'iot-gateway',
};

export const COMMENTS: readonly string[] = [
  'Customer was polite but frustrated; please call back before Friday.',
  'Prefers email over phone calls.',
  'Promised a callback within 24 hours.',
  'Second contact about the same issue this week.',
  'Waiting for the back office to confirm.',
  'Customer asked to speak Spanish if possible.',
  'Resolved on first contact.',
  'VIP: handle with priority.',
];

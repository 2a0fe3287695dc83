/** English strings: the catalog every other language is checked against (same keys, same {placeholders}). */
export const en = {
  'tab.title': 'Context Desk',
  'app.loading': 'Loading…',
  'app.retry': 'Try again',
  'app.dismiss': 'Dismiss',
  'app.reconnecting': 'Reconnecting to Context Desk…',
  'app.contextUnavailable': "Experiencing issues with accessing customer's context information",
  'app.contextRetrying': 'Retrying in {seconds} s.',
  'signIn.heading': 'Sign in to Context Desk',
  'signIn.username': 'Username',
  'signIn.password': 'Password',
  'signIn.submit': 'Sign in',
  'signIn.failed': 'Sign-in failed: {reason}',
  'signIn.signOut': 'Sign out of Context Desk',
} as const;

export type MessageKey = keyof typeof en;

/** The two wizards: registration hands out connection data, deregistration hands back an empty value. */
export const WIZARD_FLOWS = ['registration', 'deregistration'] as const;
export type WizardFlow = (typeof WIZARD_FLOWS)[number];

/** Where a wizard starts: registrationUrl and deregistrationUrl are this path on the emulator. */
export function wizardStartPath(flow: WizardFlow, callbackUrl: string): string {
  return `/webex/${flow}?callbackUrl=${encodeURIComponent(callbackUrl)}`;
}

export function isWizardFlow(value: string): value is WizardFlow {
  return (WIZARD_FLOWS as readonly string[]).includes(value);
}

/**
 * The Webex Control Hub organisation administrator of the sandbox. Deliberately fixed and separate from the CCE
 * administrator account: in Cisco's flow these are two different accounts in two different systems.
 */
export const WEBEX_ADMIN = { username: 'administrator', password: 'sandbox' } as const;

/**
 * How long a signed-in wizard waits for the next step: "The registration process has an inactivity session timeout
 * of 10 minutes. If the session times out, sign in again." (Context Service setup guide, Register Unified CVP).
 */
export const WIZARD_INACTIVITY_MS = 10 * 60_000;

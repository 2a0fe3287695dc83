import { defineTags } from '../components/define-tags.js';
import { AdminPage } from './admin-page/admin-page.js';
import { AgentAdmin } from './agent-admin/agent-admin.js';
import { AgentForm } from './agent-form/agent-form.js';
import { AdminSettings } from './admin-settings/admin-settings.js';
import { AdminSignIn } from './admin-sign-in/admin-sign-in.js';
import { AuditTrail } from './audit-trail/audit-trail.js';
import { RegistrationOutcome } from './registration-outcome/registration-outcome.js';
import { RegistrationPanel } from './registration-panel/registration-panel.js';
import { WebexOrgs } from './webex-orgs/webex-orgs.js';

/** Every tag of the admin page, registered in one place (the admin bundle imports this, the tab does not). */
const tags: ReadonlyArray<readonly [string, CustomElementConstructor]> = [
  ['cd-admin-page', AdminPage],
  ['cd-admin-sign-in', AdminSignIn],
  ['cd-registration-panel', RegistrationPanel],
  ['cd-registration-outcome', RegistrationOutcome],
  ['cd-admin-settings', AdminSettings],
  ['cd-audit-trail', AuditTrail],
  ['cd-webex-orgs', WebexOrgs],
  ['cd-agent-admin', AgentAdmin],
  ['cd-agent-form', AgentForm],
];

defineTags(tags);

declare global {
  interface HTMLElementTagNameMap {
    'cd-admin-page': AdminPage;
    'cd-admin-sign-in': AdminSignIn;
    'cd-registration-panel': RegistrationPanel;
    'cd-registration-outcome': RegistrationOutcome;
    'cd-admin-settings': AdminSettings;
    'cd-audit-trail': AuditTrail;
    'cd-webex-orgs': WebexOrgs;
    'cd-agent-admin': AgentAdmin;
    'cd-agent-form': AgentForm;
  }
}

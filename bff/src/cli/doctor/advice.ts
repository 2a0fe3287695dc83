/**
 * What the doctor tells an operator to do when a check fails. Where Cisco's Context Service troubleshooting guide
 * (Unified CCE Features Guide, "Solution Serviceability") covers the case, its own words are quoted, marked "Cisco:".
 */

const CISCO_CONNECTIVITY =
  'Cisco: "Check the network connectivity. If you use a proxy server, make sure that it is working."';
const CISCO_INTERNET = 'Cisco: "Verify that the server has internet access and/or the proxy server URL is correct."';
const CISCO_STATUS_PAGE =
  'Cisco: "You can view service status for Context Service and subscribe to updates at https://status.ciscospark.com."';
const PROXY_SETTINGS =
  'This host reaches upstreams through HTTPS_PROXY / HTTP_PROXY when they are set; NO_PROXY lists the hosts reached directly.';

export const ADVICE = {
  finesseUnreachable: [
    'Check that Finesse is up and that this host reaches FINESSE_URL (name resolution, firewall, port: 8445 for HTTPS on Finesse 12.5).',
    CISCO_CONNECTIVITY,
    PROXY_SETTINGS,
  ],
  finesseAnswered: [
    'Something answered at FINESSE_URL, but not as Finesse does: check that it is the Finesse server itself (https://<finesse>:8445), not a proxy or load balancer page.',
  ],
  finesseCertificate: [
    "Finesse's certificate is not trusted: set FINESSE_CA_FILE to the PEM file of the CA that signed it.",
  ],
  finesseOutOfService: [
    'Finesse answers but is not IN_SERVICE: agents cannot sign in until it is. Check the Cisco Finesse Tomcat service and its connection to the CTI server.',
  ],
  notificationsUnreachable: [
    "Until this works the BFF polls each agent's state every FINESSE_POLL_INTERVAL_MS instead of hearing it at once.",
    'Check that this host reaches FINESSE_XMPP_URL (by default the /ws path on the Finesse host and port).',
    'From Finesse 12.5(1) the plain (ws://) notification ports are off by default: use wss://, or turn them on with "utils finesse set_property webservices enableInsecureOpenfirePort true".',
  ],
  notificationsCertificate: [
    "The notification service's certificate is not trusted: set FINESSE_CA_FILE to the PEM file of the CA that signed it.",
  ],
  cceUnreachable: [
    'Check that CCE Administration (the Principal AW) is up and that this host reaches CCE_ADMIN_URL.',
    CISCO_CONNECTIVITY,
    PROXY_SETTINGS,
  ],
  cceCertificate: [
    "CCE Administration's certificate is not trusted: set CCE_ADMIN_CA_FILE to the PEM file of the CA that signed it.",
  ],
  cceCredentials: [
    'CCE Administration refused CCE_ADMIN_USERNAME / CCE_ADMIN_PASSWORD: use a Unified CCE Administration administrator, and check the password before running the doctor again (repeated failures can lock the account).',
  ],
  cceUndetermined: [
    'CCE Administration could not tell the registration state.',
    'Cisco: "Verify that the Cisco Tomcat service is up and running. The service may not respond with an XML in some error scenarios."',
    'Cisco: "Restart Platform Tomcat and try again." Cisco: "Check the logs under: /opt/cisco/ccbu/logs/fusion-mgmt-connector for more information."',
  ],
  cceBusy: [
    'CCE Administration is synchronising the registration to its devices; run the doctor again in a few seconds.',
  ],
  registrationInvalid: [
    'CCE says: "The Context service registration status is invalid."',
    'Cisco: "Correct the client settings." "Save and refresh the page." "If the update is unsuccessful, try restarting the Cisco Tomcat service. If the issue still persists, re-register Context Service."',
    'Cisco: "Connection data is invalid. Restart Cisco Tomcat service. If that doesn\'t help, contact Cisco Support."',
  ],
  notRegistered: [
    'Cisco: "Cisco Finesse is not registered with Context Service. Check your Context Service registration. If Context Services is not registered, try again."',
    "Register in Unified CCE Administration (Overview > Features > Context Service) or on Context Desk's administration page.",
  ],
  contextUnreachable: [CISCO_CONNECTIVITY, CISCO_INTERNET, PROXY_SETTINGS, CISCO_STATUS_PAGE],
  contextAnswered: [
    'Something answered at CONTEXT_SERVICE_URL, but not as Context Service does: check the address (e.g. https://cs-rest.produs1.ciscoccservice.com for the US region).',
    CISCO_STATUS_PAGE,
  ],
  contextCertificate: [
    "Context Service's certificate is not trusted here: a proxy that inspects TLS needs its CA trusted (NODE_EXTRA_CA_CERTS).",
    CISCO_INTERNET,
  ],
  store: [
    'Check that DATABASE_URL names a file this user can create and write: the folder exists, its permissions, free disk space.',
  ],
} as const satisfies Record<string, readonly string[]>;

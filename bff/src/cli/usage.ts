/** The help texts of `npx context-desk`, one per command. */

export const MAIN_USAGE = `Usage: npx context-desk <command> [options]

Commands:
  layout   add the Context Desk tab to a Cisco Finesse desktop layout, or check that a layout has it
  doctor   check every upstream the BFF is configured for and say what to do about each one that fails

Run "npx context-desk <command> --help" for the options of a command.
`;

export const LAYOUT_USAGE = `Usage:
  npx context-desk layout --merge <layout.xml> [--gadget-url <url>] [--roles Agent,Supervisor] [--tab-label <text>]
  npx context-desk layout --check <layout.xml> [--roles Agent,Supervisor]

--merge prints the layout with a Context Desk tab (id contextDesk) added to the tabs of each role, after its last
tab and indented like it. Nothing else in the file changes, and a role that has the tab already keeps it as it is, so
merging a merged layout changes nothing. A role whose layout has no <tabs> gets one after its <page>. Save the output
and paste it in Cisco Finesse Administration > Desktop Layout (or a team's Desktop Layout):
  npx context-desk layout --merge finesse-layout.xml > merged-layout.xml

--check prints, for each role, whether its layout has the Context Desk tab.

Options:
  --gadget-url <url>   the gadget's URL: a path on Finesse or an absolute http(s) URL
                       (default /3rdpartygadget/files/ContextDesk.xml)
  --roles <roles>      Agent, Supervisor or Agent,Supervisor (default Agent,Supervisor)
  --tab-label <text>   the tab's label (default "Context Desk")
  -h, --help           show this help

Exit status: 0 done (with --check: every role has the tab), 1 the layout could not be used (with --check: a role
lacks the tab), 2 wrong arguments.
`;

export const DOCTOR_USAGE = `Usage: npx context-desk doctor [--timeout <ms>]

Reads the BFF's configuration (environment variables and .env, as "npm start" does) and checks each upstream in turn:
Finesse REST, Finesse notifications (XMPP over WebSocket), CCE Administration (when CCE_ADMIN_URL is set), Context
Service and the store. Each check prints a line as it starts, then "ok" with the time it took, or "FAILED" with what
to do. With no upstream configured (sandbox mode) it starts the built-in emulators in this process and checks those.
No password, token or connection data is ever printed.

Options:
  --timeout <ms>   how long one check may take (default 10000, from 100 to 120000)
  -h, --help       show this help

Exit status: 0 every check passed, 1 a check failed, 2 wrong arguments or configuration.
`;

import { SeededRandom } from '../../context-service/demo/seeded-random.js';
import type { Org, Site } from '../model/types.js';
import type { Caller } from './demo-customers.js';
import { demoCallers } from './demo-customers.js';
import { DEMO_HISTORY_DAYS, DEMO_ORG, SECOND_ORG } from './demo-facts.js';
import type { Roster } from './demo-roster.js';
import { demoRoster, otherRoster } from './demo-roster.js';
import { writeTasks } from './task-writer.js';

type OrgFacts = typeof DEMO_ORG | typeof SECOND_ORG;

/**
 * The organisations a fresh emulator holds: the demo organisation (the Finesse demo's people, Context Service's
 * customers) and a second one with its own people and history. The same seed and anchor give the same data.
 */
export function demoOrgs(seed: number, anchorMs: number): readonly Org[] {
  const callers = demoCallers(anchorMs);
  return [
    org(DEMO_ORG, demoRoster(DEMO_ORG.id, 'contextdesk-demo.example'), callers, new SeededRandom(seed), anchorMs),
    org(
      SECOND_ORG,
      otherRoster(SECOND_ORG.id, 'globex.example'),
      callers.slice().reverse(),
      new SeededRandom(seed + 1),
      anchorMs,
    ),
  ];
}

function org(facts: OrgFacts, roster: Roster, callers: readonly Caller[], random: SeededRandom, anchorMs: number): Org {
  const sites = [...new Map(roster.agents.map((agent) => [agent.site.id, agent.site])).values()].map(
    (site, index): Site => ({
      id: site.id,
      name: site.name,
      active: true,
      multimediaProfileId: facts.multimediaProfileId,
      description: `${site.name} contact center`,
      organizationId: facts.id,
      version: 0,
      systemDefault: index === 0,
      createdTime: anchorMs - 400 * 86_400_000,
      lastUpdatedTime: anchorMs - 400 * 86_400_000,
    }),
  );
  return {
    id: facts.id,
    name: facts.name,
    cluster: facts.cluster,
    tenantId: facts.tenantId,
    admin: facts.admin,
    legacyUsers: [facts.legacyUser],
    multimediaProfileId: facts.multimediaProfileId,
    ...roster,
    tasks: writeTasks(random, roster, callers, anchorMs, DEMO_HISTORY_DAYS),
    sites,
  };
}

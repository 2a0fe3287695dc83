import type { TeamMember } from '../../../shared/api/team.js';
import type { FinesseTeam } from './types.js';
import type { XmlElement } from './xml-element.js';
import { childElement, childElements, childText, idFromUri, nonEmptyText } from './xml-element.js';
import { UpstreamFormatError } from '../upstream/format-error.js';
import { readRoot } from './finesse-xml-reader.js';
import { agentSummaryFromUser } from './user-mapper.js';

/** States in which an agent is connected to a call (talking, or holding it). */
const ON_A_CALL: ReadonlySet<string> = new Set(['TALKING', 'HOLD']);

/** One member summary: a `<User>` of a Team, or the `<user>` of a Team/{id}/Users notification. */
export function teamMemberFromUser(user: XmlElement): TeamMember {
  const summary = agentSummaryFromUser(user);
  return { ...summary, onCall: ON_A_CALL.has(summary.state) };
}

/**
 * A `GET /finesse/api/Team/{id}` answer: `<Team><uri/><id/><name/><users><User>…` with one summary per member
 * ("Team", Developer Guide 12.5(1)). The id falls back to the uri's last segment.
 */
export function readTeam(xml: string): FinesseTeam {
  const team = readRoot(xml, 'Team');
  const id = nonEmptyText(team, 'id') ?? idFromUri(nonEmptyText(team, 'uri'));
  if (id === undefined) throw new UpstreamFormatError('finesse', '<Team> lacks <id>');
  const users = childElement(team, 'users');
  return {
    id,
    name: childText(team, 'name') ?? '',
    members: users ? childElements(users, 'User').map(teamMemberFromUser) : [],
  };
}

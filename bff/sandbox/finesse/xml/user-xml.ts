import type { ReasonCode, UserView } from '../model/types.js';
import type { XmlElement } from './xml-codec.js';
import { alphabetical } from './element-order.js';

/** `<ReasonCode>` as Finesse nests it in a User and lists it under ReasonCodes ("ReasonCode", Developer Guide 12.5(1)). */
export function reasonCodeElement(code: ReasonCode): XmlElement {
  return {
    category: code.category,
    uri: `/finesse/api/ReasonCode/${code.id}`,
    code: code.code,
    label: code.label,
    forAll: String(code.forAll),
    systemCode: String(code.systemCode),
    id: code.id,
  };
}

/** The User object in its documented element order (`GET /finesse/api/User/{id}`). */
export function userElement(view: UserView): XmlElement {
  const { user, status } = view;
  const element: XmlElement = {
    uri: `/finesse/api/User/${user.loginId}`,
    roles: { role: [...user.roles] },
    loginId: user.loginId,
    loginName: user.loginName,
    state: status.state,
    stateChangeTime: status.stateChangeTime.toISOString(),
    mediaType: '1',
    pendingState: status.pendingState,
    reasonCodeId: status.reasonCodeId,
  };
  if (view.reasonCode) element.ReasonCode = reasonCodeElement(view.reasonCode);
  Object.assign(element, {
    settings: { wrapUpOnIncoming: user.wrapUpOnIncoming, wrapUpOnOutgoing: user.wrapUpOnOutgoing },
    wrapUpTimer: String(user.wrapUpTimer),
    extension: status.extension,
    firstName: user.firstName,
    lastName: user.lastName,
    teamId: user.teamId,
    teamName: view.teamName,
    skillTargetId: user.skillTargetId,
    dialogs: `/finesse/api/User/${user.loginId}/Dialogs`,
  });
  // `teams` lists the teams a supervisor supervises; agents have none.
  if (view.supervisedTeams.length > 0) {
    element.teams = {
      Team: view.supervisedTeams.map((team) => ({ uri: `/finesse/api/Team/${team.id}`, id: team.id, name: team.name })),
    };
  }
  return element;
}

export function userDocument(view: UserView): XmlElement {
  return { User: userElement(view) };
}

/** The User inside a notification: wrapper `<user>`, children in alphabetical order (12.5 captures). */
export function userNotificationData(view: UserView): XmlElement {
  return { user: alphabetical(userElement(view)) };
}

/** A team member as the Team object and its Users node summarise them ("Team", Developer Guide 12.5(1)). */
export function teamMemberElement(view: UserView): XmlElement {
  const { user, status } = view;
  const element: XmlElement = {
    uri: `/finesse/api/User/${user.loginId}`,
    loginId: user.loginId,
    firstName: user.firstName,
    lastName: user.lastName,
    dialogs: `/finesse/api/User/${user.loginId}/Dialogs`,
    extension: status.extension,
    pendingState: status.pendingState,
    state: status.state,
    stateChangeTime: status.stateChangeTime.toISOString(),
  };
  if (view.reasonCode) element.reasonCode = reasonCodeElement(view.reasonCode);
  return element;
}

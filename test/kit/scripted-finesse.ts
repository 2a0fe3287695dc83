import type { FinesseDialogData, FinesseGadgetConfig, FinesseUserData } from '../../gadget/src/host/finesse-api.js';

/**
 * A finesse.js and Shindig `gadgets` for browser tests, driven by the test rather than by a desktop: the documented
 * API (finesse.gadget.Config, ClientServices.init, restservices.User with getDialogs, ContainerServices,
 * gadgets.HubSettings / window.adjustHeight) over data the test hands in, in finesse.js's own shapes. It is not the
 * sandbox's fake finesse.js: a second, independent reading of Cisco's API, so FinesseHost is checked against the API
 * and not against our own stand-in.
 *
 * `installScriptedFinesse` runs in the page (`page.addInitScript(installScriptedFinesse, options)`): it is serialised,
 * so it uses nothing from outside its own body. The page then has `window.scriptedFinesse` (ScriptedFinesseControl).
 */
export interface ScriptedFinesseOptions {
  readonly config: FinesseGadgetConfig;
}

/** What the test drives and reads through `window.scriptedFinesse` (in page.evaluate). */
export interface ScriptedFinesseControl {
  /** The container's OpenAjax hub connects: gadgets.HubSettings.onConnect runs. */
  connectHub(): void;
  /** The User a gadget created loads from "Finesse" with this data (onLoad). */
  loadUser(data: FinesseUserData): void;
  /** A User notification (onChange). */
  changeUser(data: FinesseUserData): void;
  /** A dialog joins the agent's Dialogs collection (onCollectionAdd). */
  addDialog(data: FinesseDialogData): void;
  /** The container makes the gadget's tab the active one (ACTIVE_TAB handlers). */
  activateTab(): void;
  readonly calls: {
    clientServicesInit: number;
    /** Ids the gadget created Users for. */
    users: string[];
    getDialogs: number;
    activeTabHandlers: number;
    makeActiveTabReq: number;
    adjustHeight: number;
  };
}

export function installScriptedFinesse(options: ScriptedFinesseOptions): void {
  type Data = Record<string, unknown>;
  type Callback = (argument: unknown) => void;
  const page = globalThis as unknown as Record<string, unknown>;
  const calls = {
    clientServicesInit: 0,
    users: [] as string[],
    getDialogs: 0,
    activeTabHandlers: 0,
    makeActiveTabReq: 0,
    adjustHeight: 0,
  };
  const list = (value: unknown): unknown[] =>
    value === undefined || value === '' ? [] : Array.isArray(value) ? value : [value];
  const text = (value: unknown): string => (typeof value === 'string' ? value : '');

  let userOptions: { id: string; onLoad?: Callback; onChange?: Callback } | undefined;
  let userData: Data = {};
  let dialogsHandlers: { onLoad?: Callback; onCollectionAdd?: Callback; onCollectionDelete?: Callback } | undefined;
  const collection: Record<string, unknown> = {};
  const activeTab: (() => void)[] = [];

  const restObject = (data: () => Data) => {
    const handlers: Record<string, Callback[]> = {};
    return {
      handlers,
      getId: () => text(data().id ?? data().loginId),
      getData: () => data(),
      addHandler: (event: string, callback: Callback) =>
        void (handlers[event] = [...(handlers[event] ?? []), callback]),
      removeHandler: (event: string, callback: Callback) =>
        void (handlers[event] = (handlers[event] ?? []).filter((candidate) => candidate !== callback)),
    };
  };

  const user = {
    ...restObject(() => userData),
    getFirstName: () => text(userData.firstName),
    getLastName: () => text(userData.lastName),
    getExtension: () => text(userData.extension),
    getState: () => text(userData.state),
    getStateChangeTime: () => text(userData.stateChangeTime),
    getPendingState: () => text(userData.pendingState),
    getNotReadyReasonCodeId: () =>
      userData.reasonCodeId === '-1' ? undefined : (userData.reasonCodeId as string | undefined),
    getReasonCodeLabel: () => text((userData.reasonCode as Data | undefined)?.label),
    hasAgentRole: () => list((userData.roles as Data | undefined)?.role).includes('Agent'),
    hasSupervisorRole: () => list((userData.roles as Data | undefined)?.role).includes('Supervisor'),
    getTeamId: () => userData.teamId,
    getTeamName: () => userData.teamName,
    getWrapUpOnIncoming: () => text((userData.settings as Data | undefined)?.wrapUpOnIncoming),
    getSupervisedTeams: () => list((userData.teams as Data | undefined)?.Team),
    setState: () => user,
    getDialogs: (handlers: typeof dialogsHandlers) => {
      calls.getDialogs += 1;
      dialogsHandlers = handlers;
      return { getCollection: () => collection };
    },
  };

  const dialogOf = (data: Data) => {
    const media = data.mediaProperties as Data;
    return {
      ...restObject(() => data),
      getFromAddress: () => text(data.fromAddress),
      getToAddress: () => text(data.toAddress),
      getState: () => text(data.state),
      getMediaType: () => text(data.mediaType),
      // As finesse.js: every media property, plus each call variable under its own name.
      getMediaProperties: () => {
        const flat: Data = {};
        for (const [key, value] of Object.entries(media)) if (key !== 'callvariables') flat[key] = value;
        for (const variable of list((media.callvariables as Data | undefined)?.CallVariable) as Data[])
          flat[text(variable.name)] = variable.value;
        return flat;
      },
      getParticipants: () => list((data.participants as Data).Participant),
    };
  };

  page.finesse = {
    gadget: { Config: options.config },
    clientservices: { ClientServices: { init: () => void (calls.clientServicesInit += 1) } },
    restservices: {
      User: function ScriptedUser(this: unknown, userOptionsIn: NonNullable<typeof userOptions>) {
        userOptions = userOptionsIn;
        calls.users.push(userOptionsIn.id);
        return user;
      },
    },
    containerservices: {
      ContainerServices: {
        Topics: {
          ACTIVE_TAB: 'finesse.containerservices.activeTab',
          WORKFLOW_ACTION_EVENT: 'finesse.containerservices.workflowActionEvent',
          TIMER_TICK_EVENT: 'finesse.containerservices.timerTickEvent',
          GADGET_VIEW_CHANGED_EVENT: 'finesse.containerservices.gadgetViewChangedEvent',
        },
        init() {
          return this;
        },
        addHandler(topic: string, callback: () => void) {
          if (topic !== 'finesse.containerservices.activeTab') return;
          calls.activeTabHandlers += 1;
          activeTab.push(callback);
        },
        removeHandler(topic: string, callback: () => void) {
          if (topic === 'finesse.containerservices.activeTab') activeTab.splice(activeTab.indexOf(callback), 1);
        },
        makeActiveTabReq: () => void (calls.makeActiveTabReq += 1),
        getMyTabId: () => 'contextdesk',
        tabVisible: () => true,
      },
    },
  };
  const gadgets = {
    HubSettings: {} as { onConnect?: () => void },
    Hub: { publish: () => undefined, subscribe: () => 'subscription', unsubscribe: () => undefined },
    window: { adjustHeight: () => void (calls.adjustHeight += 1) },
  };
  page.gadgets = gadgets;

  const control: ScriptedFinesseControl = {
    calls,
    connectHub: () => gadgets.HubSettings.onConnect?.(),
    loadUser(data) {
      userData = data as unknown as Data;
      userOptions?.onLoad?.(user);
    },
    changeUser(data) {
      userData = data as unknown as Data;
      userOptions?.onChange?.(user);
    },
    addDialog(data) {
      const dialog = dialogOf(data as unknown as Data);
      collection[data.id] = dialog;
      dialogsHandlers?.onCollectionAdd?.(dialog);
    },
    activateTab: () => {
      for (const callback of [...activeTab]) callback();
    },
  };
  page.scriptedFinesse = control;
}

/** finesse.js data for the demo agent agent1 (Alex Rivera, 1001001) signed in and NOT_READY, roles as a list of one. */
export function agentOneUserData(overrides: Partial<FinesseUserData> = {}): FinesseUserData {
  return {
    uri: '/finesse/api/User/1001001',
    loginId: '1001001',
    loginName: 'agent1',
    firstName: 'Alex',
    lastName: 'Rivera',
    extension: '1001001',
    state: 'NOT_READY',
    stateChangeTime: '2025-06-11T09:00:00.000Z',
    pendingState: '',
    reasonCodeId: '-1',
    roles: { role: 'Agent' },
    teamId: '5000',
    teamName: 'Customer Care',
    teams: '',
    settings: { wrapUpOnIncoming: 'OPTIONAL', wrapUpOnOutgoing: 'NOT_ALLOWED' },
    ...overrides,
  };
}

/** A ringing inbound call in finesse.js's shape: one participant each for the caller and the agent. */
export function ringingDialogData(options: {
  id: string;
  from: string;
  to: string;
  variables?: Record<string, string>;
}): FinesseDialogData {
  const variables = Object.entries(options.variables ?? {}).map(([name, value]) => ({ name, value }));
  return {
    id: options.id,
    uri: `/finesse/api/Dialog/${options.id}`,
    mediaType: 'Voice',
    state: 'ALERTING',
    fromAddress: options.from,
    toAddress: options.to,
    mediaProperties: {
      callType: 'ACD_IN',
      DNIS: options.to,
      dialedNumber: options.to,
      wrapUpReason: '',
      queueNumber: '5022',
      queueName: 'CustomerCare.SG',
      callvariables: variables.length === 0 ? '' : { CallVariable: variables.length === 1 ? variables[0]! : variables },
    },
    participants: {
      Participant: [
        {
          mediaAddress: options.from,
          mediaAddressType: '',
          state: 'ACTIVE',
          stateCause: '',
          startTime: '2025-06-11T09:01:00.000Z',
          actions: '',
        },
        {
          mediaAddress: options.to,
          mediaAddressType: 'AGENT_DEVICE',
          state: 'ALERTING',
          stateCause: '',
          startTime: '2025-06-11T09:01:02.000Z',
          actions: { action: 'ANSWER' },
        },
      ],
    },
  };
}

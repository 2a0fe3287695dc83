import type { Agent } from '../../../shared/api/agent.js';
import type { Dialog } from '../../../shared/api/dialog.js';
import type { FinesseDialog, FinesseUser, FinesseUserConstructor } from './finesse-api.js';
import { agentFromFinesseUser, dialogFromFinesseDialog } from './finesse-mapping.js';

export interface FinesseUserSink {
  agent(agent: Agent): void;
  /** The agent's dialogs, whole, after any change. */
  dialogs(dialogs: Dialog[]): void;
}

/**
 * Follows an agent through finesse.js the way Cisco's sample gadgets do: a User with onLoad and onChange, and in
 * onLoad its Dialogs collection (onLoad, onCollectionAdd, onCollectionDelete) with a change handler on each dialog.
 * Delivers our own Agent and whole Dialog lists; returns the User and the function that stops delivering.
 */
export function followFinesseUser(
  User: FinesseUserConstructor,
  id: string,
  sink: FinesseUserSink,
): { readonly user: FinesseUser; stop(): void } {
  let stopped = false;
  const dialogs = new Map<string, FinesseDialog>();
  const deliver = (): void => {
    if (!stopped) sink.dialogs([...dialogs.values()].map(dialogFromFinesseDialog));
  };
  const track = (dialog: FinesseDialog): void => {
    if (!dialogs.has(dialog.getId())) dialog.addHandler('change', deliver);
    dialogs.set(dialog.getId(), dialog);
  };
  const agentChanged = (user: FinesseUser): void => {
    if (!stopped) sink.agent(agentFromFinesseUser(user));
  };
  const user = new User({
    id,
    onLoad: (user) => {
      agentChanged(user);
      user.getDialogs({
        onLoad: (collection) => {
          for (const dialog of Object.values(collection.getCollection())) track(dialog);
          deliver();
        },
        onCollectionAdd: (dialog) => {
          track(dialog);
          deliver();
        },
        onCollectionDelete: (dialog) => {
          dialog.removeHandler('change', deliver);
          dialogs.delete(dialog.getId());
          deliver();
        },
      });
    },
    onChange: agentChanged,
    // finesse.js keeps retrying its own connection; what was heard last stays shown.
    onError: () => undefined,
  });
  return {
    user,
    stop() {
      stopped = true;
      for (const dialog of dialogs.values()) dialog.removeHandler('change', deliver);
      dialogs.clear();
    },
  };
}

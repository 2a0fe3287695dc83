import type { Dialog } from '../../../shared/api/dialog.js';
import type {
  FinesseDialog,
  FinesseDialogData,
  FinesseDialogs,
  FinesseDialogsHandlers,
  FinesseMediaProperties,
  FinesseParticipant,
} from '../../src/host/finesse-api.js';
import { dialogDataFromDialog, listOf } from './finesse-data.js';
import { Handlers } from './handlers.js';

type DialogEvent = 'change' | 'load' | 'error' | 'add' | 'delete';

/** finesse.restservices.Dialog over a BFF Dialog: the documented getters on finesse.js's data shape. */
export class FakeDialog implements FinesseDialog {
  readonly #handlers = new Handlers<DialogEvent, FakeDialog>();
  #data: FinesseDialogData;
  #source: string;

  constructor(dialog: Dialog) {
    this.#data = dialogDataFromDialog(dialog);
    this.#source = JSON.stringify(dialog);
  }

  /** A newer version of this dialog from the BFF; change handlers run only when something changed. */
  update(dialog: Dialog): void {
    const source = JSON.stringify(dialog);
    if (source === this.#source) return;
    this.#source = source;
    this.#data = dialogDataFromDialog(dialog);
    this.#handlers.notify('change', this);
  }

  getId(): string {
    return this.#data.id;
  }
  getData(): FinesseDialogData {
    return this.#data;
  }
  addHandler(event: DialogEvent, callback: (dialog: this) => void): void {
    this.#handlers.add(event, callback as (dialog: FakeDialog) => void);
  }
  removeHandler(event: DialogEvent, callback: (dialog: this) => void): void {
    this.#handlers.remove(event, callback as (dialog: FakeDialog) => void);
  }
  getFromAddress(): string {
    return this.#data.fromAddress;
  }
  getToAddress(): string {
    return this.#data.toAddress;
  }
  getState(): string {
    return this.#data.state;
  }
  getMediaType(): string {
    return this.#data.mediaType;
  }
  /** As finesse.js: every media property, and each call variable under its own name. */
  getMediaProperties(): FinesseMediaProperties {
    const { callvariables, ...properties } = this.#data.mediaProperties;
    const variables = callvariables === undefined || callvariables === '' ? [] : listOf(callvariables.CallVariable);
    return { ...properties, ...Object.fromEntries(variables.map((variable) => [variable.name, variable.value])) };
  }
  getParticipants(): readonly FinesseParticipant[] {
    return listOf(this.#data.participants.Participant);
  }
}

/**
 * finesse.restservices.Dialogs: loads once (onLoad with the collection), then follows the agent's dialogs as the
 * BFF reports them whole: a new one is a collectionAdd, a gone one a collectionDelete, a changed one its own change.
 */
export class FakeDialogs implements FinesseDialogs {
  readonly #dialogs = new Map<string, FakeDialog>();
  readonly #handlers: FinesseDialogsHandlers;
  #loaded = false;
  #pending: readonly Dialog[] | undefined;

  constructor(handlers: FinesseDialogsHandlers, load: Promise<readonly Dialog[]>) {
    this.#handlers = handlers;
    void load.then(
      (dialogs) => {
        for (const dialog of dialogs) this.#dialogs.set(dialog.id, new FakeDialog(dialog));
        this.#loaded = true;
        this.#handlers.onLoad?.(this);
        if (this.#pending !== undefined) this.apply(this.#pending);
      },
      () => undefined,
    );
  }

  getCollection(): Readonly<Record<string, FakeDialog>> {
    return Object.fromEntries(this.#dialogs);
  }

  /** The agent's dialogs now, whole. */
  apply(dialogs: readonly Dialog[]): void {
    if (!this.#loaded) {
      this.#pending = dialogs;
      return;
    }
    this.#pending = undefined;
    const current = new Set(dialogs.map((dialog) => dialog.id));
    for (const [id, dialog] of [...this.#dialogs]) {
      if (current.has(id)) continue;
      this.#dialogs.delete(id);
      this.#handlers.onCollectionDelete?.(dialog);
    }
    for (const dialog of dialogs) {
      const known = this.#dialogs.get(dialog.id);
      if (known !== undefined) {
        known.update(dialog);
        continue;
      }
      const added = new FakeDialog(dialog);
      this.#dialogs.set(dialog.id, added);
      this.#handlers.onCollectionAdd?.(added);
    }
  }
}

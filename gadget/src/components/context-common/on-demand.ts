import { css, html, nothing } from 'lit';
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import { Task, initialState } from '@lit/task';
import { addPartStrings, t } from '../../i18n/i18n.js';
import type { PartStrings } from '../../i18n/i18n.js';

/** "Loading…" and the failure stand a button high, so the line keeps its height when one replaces the other. */
export const onDemandStyles = css`
  .on-demand {
    display: flex;
    align-items: center;
    min-height: 32px;
    margin: 0;
  }
  .on-demand p {
    margin: 0;
  }
`;

/** A part's module: whatever it offers, and its strings. */
export interface PartModule {
  readonly strings: PartStrings;
}

export interface OnDemandOptions<T extends PartModule> {
  /** Imports the part's chunk. */
  readonly load: () => Promise<T>;
  /** Whether the host needs the part now, asked at each of its updates. */
  readonly wanted: () => boolean;
}

/**
 * A part of the tab fetched only when it is wanted (a chunk of its own, through `import()`, that brings its own
 * strings), so the tab's first load and a screen pop carry none of it. The host renders the part once `part` is here and `renderStatus()` meanwhile:
 * "Loading…" as a status, or, when the chunk could not be fetched, an alert with Try again (browsers fetch a failed
 * module again on the next `import()`). Once loaded the part stays, so showing it again never flashes "Loading…".
 */
export class OnDemand<T extends PartModule> {
  readonly #host: ReactiveControllerHost;
  #part: T | undefined;
  readonly #task: Task<readonly [boolean], T>;

  constructor(host: ReactiveControllerHost, options: OnDemandOptions<T>) {
    this.#host = host;
    const load = async (): Promise<T> => {
      const part = await options.load();
      await addPartStrings(part.strings);
      return part;
    };
    this.#task = new Task(host, {
      task: async ([isWanted]) => (isWanted ? (this.#part ??= await load()) : initialState),
      args: () => [options.wanted()] as const,
    });
  }

  /** The loaded part (its module), undefined until it is here. */
  get part(): T | undefined {
    return this.#part;
  }

  /**
   * Resolves once the host has rendered with the part, true, or with the failure, false: for focus to move into the
   * part once it shows. Call it after the host's state began to want the part.
   */
  async rendered(): Promise<boolean> {
    await this.#host.updateComplete;
    try {
      await this.#task.taskComplete;
    } catch {
      // The failure renders as an alert with Try again.
    }
    await this.#host.updateComplete;
    return this.#part !== undefined;
  }

  /** Fetches the part again after a failure (the Try again button, or the action that wanted it, repeated). */
  retry(): void {
    if (this.#part === undefined) void this.#task.run();
  }

  /** What stands where the part will be: nothing once it is here or while it is not wanted. */
  renderStatus(): TemplateResult | typeof nothing {
    if (this.#part !== undefined) return nothing;
    return (
      this.#task.render({
        pending: () => html`<p class="muted on-demand" role="status">${t('app.loading')}</p>`,
        error: () => html`<div class="on-demand row">
          <p class="problem" role="alert">${t('app.partFailed')}</p>
          <button type="button" @click=${() => this.retry()}>${t('app.retry')}</button>
        </div>`,
      }) ?? nothing
    );
  }
}

import { afterEach, beforeEach } from 'vitest';
import request from 'supertest';
import type { Test } from 'supertest';
import { startJourneyEmulator } from '../../../bff/sandbox/journey/journey-emulator.js';
import type { JourneyEmulator, JourneyEmulatorOptions } from '../../../bff/sandbox/journey/journey-emulator.js';
import { ManualClock } from '../webex/webex-kit.js';

export type { JourneyEmulator };
export { ManualClock };

/** Speaks JDS with the emulator's bearer token; paths are relative to the demo workspace where they name it. */
export class JdsApi {
  constructor(
    private readonly emulator: JourneyEmulator,
    public token = emulator.token,
  ) {}

  get ws(): string {
    return this.emulator.workspaceId;
  }

  get(path: string, query: Record<string, string | number> = {}): Test {
    return request(this.emulator.url).get(path).query(query).set('Authorization', `Bearer ${this.token}`);
  }

  post(path: string, body: object): Test {
    return request(this.emulator.url).post(path).set('Authorization', `Bearer ${this.token}`).send(body);
  }

  patch(path: string, body: object): Test {
    return request(this.emulator.url).patch(path).set('Authorization', `Bearer ${this.token}`).send(body);
  }

  put(path: string, body: object): Test {
    return request(this.emulator.url).put(path).set('Authorization', `Bearer ${this.token}`).send(body);
  }

  delete(path: string): Test {
    return request(this.emulator.url).delete(path).set('Authorization', `Bearer ${this.token}`);
  }

  /** `GET …/person/workspace-id/{ws}/aliases/{aliases}` with each alias URL-encoded (`+` as `%2B`). */
  byAlias(...aliases: string[]): Test {
    return this.get(
      `/admin/v1/api/person/workspace-id/${this.ws}/aliases/${aliases.map(encodeURIComponent).join(',')}`,
    );
  }

  history(query: Record<string, string | number>): Test {
    return this.get(`/v1/api/events/workspace-id/${this.ws}`, query);
  }

  publish(event: object): Test {
    return this.post(`/publish/v1/api/event?workspaceId=${this.ws}`, event);
  }
}

/** The wire person (JDS OpenAPI). */
export interface PersonJson {
  readonly id: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly phone: string[];
  readonly email: string[];
  readonly temporaryId: string[];
  readonly customerId: string[];
  readonly aliases: string[];
}

export interface CloudEventJson {
  readonly id: string;
  readonly specversion: string;
  readonly type: string;
  readonly source: string;
  readonly time: string;
  readonly identity: string;
  readonly identitytype: string;
  readonly datacontenttype: string;
  readonly data: Record<string, unknown> & { uiData?: { title: string; subTitle: string; iconType: string } };
}

/** The error body the emulator answers (the WxCC data APIs' ApiErrorResponse). */
export interface ErrorJson {
  readonly trackingId: string;
  readonly error: { readonly key: string; readonly message: readonly { readonly description: string }[] };
}

/** A valid CloudEvent for an identity, with overrides. */
export function cloudEvent(identity: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: `evt-${Math.random().toString(36).slice(2)}`,
    specversion: '1.0',
    type: 'task:new',
    source: '/com/cisco/wxcc/test',
    time: new Date().toISOString(),
    identity,
    identitytype: identity.includes('@') ? 'email' : 'phone',
    datacontenttype: 'application/json',
    data: { channelType: 'telephony', uiData: { title: 'Call', subTitle: 'Test call', iconType: 'telephony' } },
    ...overrides,
  };
}

/** A fresh emulator for each test, closed after; `use` receives it and an API client. */
export function useJourney(
  use: (made: { emulator: JourneyEmulator; api: JdsApi; clock: ManualClock }) => void,
  options: JourneyEmulatorOptions = {},
): void {
  let emulator: JourneyEmulator | undefined;
  beforeEach(async () => {
    const clock = new ManualClock(Date.now());
    emulator = await startJourneyEmulator({ clock: clock.now, ...options });
    use({ emulator, api: new JdsApi(emulator), clock });
  });
  afterEach(async () => {
    await emulator?.close();
  });
}

export function control(emulator: JourneyEmulator) {
  return request(emulator.url);
}

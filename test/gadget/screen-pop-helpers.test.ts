import { beforeEach, describe, expect, it } from 'vitest';
import type { ScreenPop } from '../../shared/api/context.js';
import { DeskApiError } from '../../gadget/src/api/desk-api-error.js';
import { setLocale } from '../../gadget/src/i18n/i18n.js';
import { failureText } from '../../gadget/src/components/context-common/failure-text.js';
import { popAnnouncement } from '../../gadget/src/components/screen-pop/pop-announcement.js';
import { retryDelaySeconds } from '../../gadget/src/components/screen-pop/retry-delay.js';

const maria = {
  id: 'c1',
  firstName: 'Maria',
  lastName: 'Garcia',
  phones: [],
  emails: [],
  fields: {},
  lastUpdated: 'x',
};
const request = (id: string, state: 'active' | 'closed') => ({
  id,
  customerId: 'c1',
  title: id,
  state,
  createdAt: 'x',
  lastUpdated: 'x',
  notes: [],
});

describe('retryDelaySeconds', () => {
  it('backs off 2, 4, 8, 16, then 30 s for good', () => {
    expect([0, 1, 2, 3, 4, 5, 12].map((attempt) => retryDelaySeconds(attempt))).toEqual([2, 4, 8, 16, 30, 30, 30]);
  });

  it('a Retry-After is honoured as given, rounded up and bounded at five minutes', () => {
    expect(retryDelaySeconds(4, 1)).toBe(1);
    expect(retryDelaySeconds(0, 45)).toBe(45);
    expect(retryDelaySeconds(0, 0.2)).toBe(1);
    expect(retryDelaySeconds(0, 9999)).toBe(300);
    expect(retryDelaySeconds(1, 0)).toBe(4);
  });
});

describe('popAnnouncement', () => {
  beforeEach(async () => {
    await setLocale('en');
  });

  it('a customer with two open requests and a closed one: "Maria Garcia — 2 open requests"', () => {
    const pop: ScreenPop = {
      dialogId: 'd1',
      match: 'phone',
      customer: maria,
      activities: [],
      requests: [request('r1', 'active'), request('r2', 'active'), request('r3', 'closed')],
    };
    expect(popAnnouncement(pop, '+14155550123')).toBe('Maria Garcia — 2 open requests');
  });

  it('one open request is singular, in Spanish too', async () => {
    const pop: ScreenPop = {
      dialogId: 'd1',
      match: 'activity',
      customer: maria,
      activities: [],
      requests: [request('r1', 'active')],
    };
    expect(popAnnouncement(pop, '')).toBe('Maria Garcia — 1 open request');
    await setLocale('es-ES');
    expect(popAnnouncement(pop, '')).toBe('Maria Garcia — 1 solicitud abierta');
  });

  it('candidates: "3 customers share this number"; nobody: "Unknown caller" with the number', () => {
    const shared: ScreenPop = {
      dialogId: 'd1',
      match: 'none',
      activities: [],
      requests: [],
      candidates: [maria, maria, maria],
    };
    expect(popAnnouncement(shared, '+14155550142')).toBe('3 customers share this number');
    const nobody: ScreenPop = {
      dialogId: 'd1',
      match: 'none',
      activities: [],
      requests: [],
      prefill: { phone: '+16505550199' },
    };
    expect(popAnnouncement(nobody, '6505550199')).toBe('Unknown caller +16505550199');
  });
});

describe('failureText', () => {
  it.each([0, 502, 503, 504])("status %i reads as Cisco's unavailable message", (status) => {
    expect(failureText(new DeskApiError(status, 'down', 'down'))).toBe(
      "Experiencing issues with accessing customer's context information",
    );
  });

  it("a refusal carries the BFF's message; anything else a general one", () => {
    expect(failureText(new DeskApiError(404, 'not_found', 'No such customer'))).toBe('No such customer');
    expect(failureText(new Error('boom'))).toBe('The customer context could not be loaded.');
  });
});

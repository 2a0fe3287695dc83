import { describe, expect, it } from 'vitest';
import {
  RECENT_LIMIT,
  readRecent,
  recentKey,
  rememberCustomer,
} from '../../gadget/src/components/customer-search/recent-customers.js';
import type { KeyValueStore } from '../../gadget/src/components/customer-search/recent-customers.js';
import { searchTerms } from '../../gadget/src/components/customer-search/search-terms.js';

function memoryStore(): KeyValueStore & { values: Map<string, string> } {
  const values = new Map<string, string>();
  return { values, getItem: (key) => values.get(key) ?? null, setItem: (key, value) => void values.set(key, value) };
}

describe('searchTerms', () => {
  it.each([
    ['Maria Garcia', { q: 'Maria Garcia' }],
    ['  maria.garcia@example.com ', { email: 'maria.garcia@example.com' }],
    ['+1 (415) 555-0123', { phone: '+1 (415) 555-0123' }],
    ['4155550123', { phone: '4155550123' }],
    ['CRM-1001', { q: 'CRM-1001' }],
    ['12', { q: '12' }],
    ['   ', {}],
  ])('"%s" searches %o', (input, expected) => {
    expect(searchTerms(input)).toEqual(expected);
  });
});

describe('recent customers', () => {
  it('remembering keeps only id and name, newest first, once per customer', () => {
    const store = memoryStore();
    rememberCustomer(store, 'agent1', { id: 'c1', firstName: 'Maria', lastName: 'Garcia' });
    rememberCustomer(store, 'agent1', { id: 'c2', firstName: 'David', lastName: 'Chen' });
    const list = rememberCustomer(store, 'agent1', { id: 'c1', firstName: 'Maria', lastName: 'Garcia' });
    expect(list).toEqual([
      { id: 'c1', name: 'Maria Garcia' },
      { id: 'c2', name: 'David Chen' },
    ]);
    expect(JSON.parse(store.values.get(recentKey('agent1')) ?? '')).toEqual(list);
  });

  it('holds at most ten, dropping the oldest', () => {
    const store = memoryStore();
    for (let index = 0; index < 12; index++) rememberCustomer(store, 'agent1', { id: `c${index}` });
    const list = readRecent(store, 'agent1');
    expect(list).toHaveLength(RECENT_LIMIT);
    expect(list[0]?.id).toBe('c11');
    expect(list.map((entry) => entry.id)).not.toContain('c1');
  });

  it('lists are per agent', () => {
    const store = memoryStore();
    rememberCustomer(store, 'agent1', { id: 'c1', firstName: 'Maria' });
    expect(readRecent(store, 'agent2')).toEqual([]);
  });

  it('storage holding something else, or none at all, reads as an empty list', () => {
    const store = memoryStore();
    store.values.set(recentKey('agent1'), '{not json');
    expect(readRecent(store, 'agent1')).toEqual([]);
    store.values.set(recentKey('agent1'), JSON.stringify([{ id: 1 }, { id: 'c1', name: 'Maria' }]));
    expect(readRecent(store, 'agent1')).toEqual([{ id: 'c1', name: 'Maria' }]);
    expect(readRecent(undefined, 'agent1')).toEqual([]);
  });

  it('a store that refuses writes only loses the list', () => {
    const store: KeyValueStore = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(rememberCustomer(store, 'agent1', { id: 'c1', firstName: 'Maria' })).toEqual([{ id: 'c1', name: 'Maria' }]);
  });
});

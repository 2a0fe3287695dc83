import { beforeAll, describe, expect, it } from 'vitest';
import type { ContextClient, ContextObjectJson } from './context-kit.js';
import { activityBody, commentBody, customerBody, errorOf, requestBody, useContextService } from './context-kit.js';

let client: ContextClient;
/** Customers only these tests create: Ivanna Buy, Ivan Buyer and IVANNA Sellers. */
const ids: Record<'buy' | 'buyer' | 'sellers' | 'request' | 'inRequest' | 'tagged' | 'closedChat', string> = {
  buy: '',
  buyer: '',
  sellers: '',
  request: '',
  inRequest: '',
  tagged: '',
  closedChat: '',
};
useContextService((made) => ({ client } = made));

beforeAll(async () => {
  ids.buy = (
    await client.create(
      'customer',
      customerBody({
        Context_First_Name: 'Ivanna',
        Context_Last_Name: 'Buy',
        Context_City: 'Xanadu Springs',
        Context_Work_Email: 'ivanna@xanadu.example',
        Context_Mobile_Phone: '+17025550101',
      }),
    )
  ).id;
  ids.buyer = (
    await client.create(
      'customer',
      customerBody({ Context_First_Name: 'Ivan', Context_Last_Name: 'Buyer', Context_City: 'Xanadu' }),
    )
  ).id;
  ids.sellers = (
    await client.create(
      'customer',
      customerBody({
        Context_First_Name: 'IVANNA',
        Context_Last_Name: 'Sellers',
        Context_City: 'Xanadu Springs',
        Context_Home_Phone: '(702) 555-0102',
      }),
    )
  ).id;
  ids.request = (await client.create('request', requestBody(ids.buy, 'Xanadu water bill'))).id;
  ids.inRequest = (
    await client.create(
      'activity',
      activityBody({ customerId: ids.buy, parentId: ids.request }, 'Asked about the Xanadu water bill'),
    )
  ).id;
  ids.tagged = (
    await client.create('activity', activityBody({ customerId: ids.buy, tags: ['ZX-Urgent'], mediaType: 'email' }))
  ).id;
  ids.closedChat = (
    await client.create('activity', activityBody({ customerId: ids.buy, mediaType: 'chat', state: 'closed' }))
  ).id;
  await client.create('detail', commentBody({ parentId: ids.inRequest, customerId: ids.buy }));
});

async function idsFound(type: string, q: string, extra: Record<string, string | number> = {}): Promise<string[]> {
  return (await client.found(type, { q, ...extra })).map((object) => object.id).sort();
}

const sorted = (...values: string[]) => [...values].sort();

describe('search matching: exact word, case-insensitive, key-scoped', () => {
  const CASES: [string, string, () => string[]][] = [
    [
      'a first name finds every customer with it, whatever its case',
      'Context_First_Name:ivanna',
      () => sorted(ids.buy, ids.sellers),
    ],
    [
      'a shorter name is no match for a longer one ("Ivan" is not "Ivanna")',
      'Context_First_Name:Ivan',
      () => [ids.buyer],
    ],
    ['a prefix is no match ("Buy" does not find "Buyer")', 'Context_Last_Name:Buy', () => [ids.buy]],
    ['a value under another key is no match', 'Context_Last_Name:Ivanna', () => []],
    ['one word of a multi-word value matches', 'Context_City:Springs', () => sorted(ids.buy, ids.sellers)],
    [
      'a quoted multi-word value matches the whole value',
      'Context_City:"Xanadu Springs"',
      () => sorted(ids.buy, ids.sellers),
    ],
    [
      'a word matches the one-word value and the words of the others',
      'Context_City:Xanadu',
      () => sorted(ids.buy, ids.buyer, ids.sellers),
    ],
    ['an E.164 phone matches the number stored in E.164', 'Context_Mobile_Phone:+17025550101', () => [ids.buy]],
    ['a typed phone matches by its words only, not as E.164', 'Context_Home_Phone:+17025550102', () => []],
    ['"555-0102" matches the word of "(702) 555-0102"', 'Context_Home_Phone:555-0102', () => [ids.sellers]],
    ['AND needs every term', 'Context_City:Xanadu AND Context_First_Name:IVANNA', () => sorted(ids.buy, ids.sellers)],
    ['AND with a term nobody has finds nothing', 'Context_City:Xanadu AND Context_Last_Name:Nobody', () => []],
    ['OR needs one term', 'Context_Last_Name:Buy OR Context_Last_Name:Sellers', () => sorted(ids.buy, ids.sellers)],
    ['query_string finds a word in any field', 'query_string:sellers', () => [ids.sellers]],
    [
      'query_string with several words finds any of them (alternative identifiers)',
      'query_string:"ivanna@xanadu.example Sellers"',
      () => sorted(ids.buy, ids.sellers),
    ],
    ['id finds the object, whatever the case of the id', 'id:<Buy, upper case>', () => [ids.buy]],
    ['several ids are ORed even under AND', 'id:<Buy> AND id:<Buyer>', () => sorted(ids.buy, ids.buyer)],
    [
      'type:customer is the default query and narrows nothing else',
      'type:customer AND Context_City:Xanadu',
      () => sorted(ids.buy, ids.buyer, ids.sellers),
    ],
    ['type:request on the customer search finds nothing', 'type:request AND Context_City:Xanadu', () => []],
  ];
  for (const [what, q, expected] of CASES) {
    it(`${q} — ${what}`, async () => {
      const query = q
        .replace('<Buy, upper case>', ids.buy.toUpperCase())
        .replace('<Buy>', ids.buy)
        .replace('<Buyer>', ids.buyer);
      expect(await idsFound('customer', query)).toEqual(expected());
    });
  }
});

describe('search special keys on activities, requests and details', () => {
  it("customerId finds the customer's activities", async () => {
    expect(await idsFound('activity', `customerId:${ids.buy}`)).toEqual(
      sorted(ids.inRequest, ids.tagged, ids.closedChat),
    );
  });

  it('parentId finds the activities of a request', async () => {
    expect(await idsFound('activity', `parentId:${ids.request}`)).toEqual([ids.inRequest]);
  });

  it('tags match case-insensitively', async () => {
    expect(await idsFound('activity', 'tags:zx-urgent')).toEqual([ids.tagged]);
  });

  it("state and mediaType narrow a customer's activities", async () => {
    expect(await idsFound('activity', `customerId:${ids.buy} AND state:closed`)).toEqual([ids.closedChat]);
    expect(await idsFound('activity', `customerId:${ids.buy} AND mediaType:email`)).toEqual([ids.tagged]);
  });

  it('a request is found by a word of its title', async () => {
    expect(await idsFound('request', 'Context_Title:water')).toEqual([ids.request]);
  });

  it('a boolean field is found by true', async () => {
    const details = await client.found('detail', { q: `customerId:${ids.buy} AND Context_Visible:true` });
    expect(details.map((detail) => detail.parentId)).toEqual([ids.inRequest]);
  });
});

describe('search dates, sorting and paging', () => {
  const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
  const updated = (object: ContextObjectJson) => Date.parse(object.lastUpdated.date);

  it('startDate and endDate keep activities last updated between them', async () => {
    const [from, to] = [daysAgo(60), daysAgo(30)];
    const response = await client.search('activity', { q: `startDate:${from} AND endDate:${to}`, maxEntries: 200 });
    const found = response.body as ContextObjectJson[];
    expect(found.length).toBeGreaterThan(0);
    expect(
      found.every((activity) => updated(activity) >= Date.parse(from) && updated(activity) <= Date.parse(to)),
    ).toBe(true);
    const all = await client.search('activity', { maxEntries: 1 });
    expect(Number(response.headers['x-total-hits'])).toBeLessThan(Number(all.headers['x-total-hits']));
  });

  it('a date bound narrows even an OR query', async () => {
    const from = daysAgo(10);
    const found = await client.found('activity', {
      q: `mediaType:chat OR mediaType:video OR startDate:${from}`,
      maxEntries: 200,
    });
    expect(found.length).toBeGreaterThan(0);
    expect(
      found.every(
        (activity) => updated(activity) >= Date.parse(from) && ['chat', 'video'].includes(activity.mediaType ?? ''),
      ),
    ).toBe(true);
  });

  it('answers newest lastUpdated first by default, oldest created first with sortedBy=created&sortOrder=asc', async () => {
    const newestFirst = await client.found('activity', { maxEntries: 200 });
    expect(newestFirst.map(updated)).toEqual(newestFirst.map(updated).sort((left, right) => right - left));
    const oldestFirst = await client.found('activity', { maxEntries: 200, sortedBy: 'created', sortOrder: 'asc' });
    const created = oldestFirst.map((activity) => Date.parse(activity.created.date));
    expect(created).toEqual([...created].sort((left, right) => left - right));
  });

  it('pages with startIndex and maxEntries cover every hit once; X-Total-Hits counts them all', async () => {
    const first = await client.search('activity', { maxEntries: 200 });
    const total = Number(first.headers['x-total-hits']);
    expect(total).toBeGreaterThan(400);
    const seen = new Set<string>();
    for (let startIndex = 0; startIndex < total; startIndex += 200) {
      const page = await client.search('activity', { startIndex, maxEntries: 200 });
      expect(page.headers['x-total-hits']).toBe(String(total));
      for (const activity of page.body as ContextObjectJson[]) seen.add(activity.id);
    }
    expect(seen.size).toBe(total);
    expect(await client.found('activity', { startIndex: total - 3 })).toHaveLength(3);
    expect(await client.found('activity', { startIndex: total })).toEqual([]);
  });

  it('without maxEntries answers at most 50', async () => {
    expect(await client.found('customer', {})).toHaveLength(50);
  });
});

describe('search refusals answer 400', () => {
  const REFUSED: [string, Record<string, string | number>, RegExp][] = [
    ['maxEntries 0', { maxEntries: 0 }, /maxEntries must be an integer from 1 to 200/],
    ['maxEntries 201', { maxEntries: 201 }, /maxEntries/],
    ['maxEntries that is no number', { maxEntries: 'ten' }, /maxEntries/],
    ['a negative startIndex', { startIndex: -1 }, /startIndex/],
    ['sortedBy a field', { sortedBy: 'Context_Last_Name' }, /sortedBy must be lastUpdated or created/],
    ['sortOrder sideways', { sortOrder: 'up' }, /sortOrder must be desc or asc/],
    ['AND and OR in one query', { q: 'Context_City:A AND Context_City:B OR Context_City:C' }, /not both/],
    ['an unknown key', { q: 'Context_Shoe_Size:42' }, /no searchable key/],
    ['a term without a key', { q: 'Garcia' }, /expected key:value/],
    ['an empty value', { q: 'Context_City:' }, /has no value/],
    ['an unclosed quote', { q: 'Context_City:"San Francisco' }, /not closed/],
    ['two terms without an operator', { q: 'Context_City:A Context_City:B' }, /expected AND or OR/],
    ['a lower-case operator', { q: 'Context_City:A and Context_City:B' }, /expected AND or OR/],
    ['an empty q', { q: ' ' }, /q is empty/],
    ['a startDate that is no date', { q: 'startDate:yesterday' }, /RFC 3339/],
  ];
  for (const [what, query, message] of REFUSED) {
    it(`${what} (${JSON.stringify(query)})`, async () => {
      const response = await client.search('customer', query);
      expect(response.status).toBe(400);
      expect(errorOf(response).message).toMatch(message);
    });
  }

  it('q given twice', async () => {
    const response = await client.get('/customer?q=Context_City:A&q=Context_City:B');
    expect(response.status).toBe(400);
  });

  it('an unknown type answers 404', async () => {
    expect((await client.search('workitem', {})).status).toBe(404);
  });

  it('a data element search still works after the refusals', async () => {
    expect(await idsFound('customer', 'Context_Last_Name:Sellers', { maxEntries: 5 })).toEqual([ids.sellers]);
  });
});

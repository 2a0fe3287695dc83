import { describe, expect, it } from 'vitest';
import { apiErrors, forceState, readXml, useCceAdminEmulator } from './ccadmin-kit.js';

const cce = useCceAdminEmulator();

async function state(): Promise<unknown> {
  return readXml((await cce.client.get()).text, 'contextServiceRegistration').state;
}

const DEREGISTER_FIRST = {
  errorData: 'connectionData',
  errorMessage:
    'You must deregister before reregistering to Context Service. If the current connectionData is not empty, you can set the value either to an empty string or to the current value.',
  errorType: 'invalidInput.deregistrationRequired',
};

describe('PUT connectionData: registering and deregistering', () => {
  it('connectionData while not registered answers 200 "Successfully saved" and the state becomes registered', async () => {
    const response = await cce.client.put('connection-data-1');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain/);
    expect(response.text).toBe('Successfully saved');
    expect(await state()).toBe('registered');
  });

  it('an empty connectionData while registered answers 200 and the state becomes notRegistered', async () => {
    await cce.client.put('connection-data-1').expect(200);
    expect((await cce.client.put('')).text).toBe('Successfully saved');
    expect(await state()).toBe('notRegistered');
  });

  it('a self-closing <connectionData/> is the empty string and deregisters', async () => {
    await cce.client.put('connection-data-1').expect(200);
    await cce.client.putBody('<contextServiceRegistration><connectionData/></contextServiceRegistration>').expect(200);
    expect(await state()).toBe('notRegistered');
  });

  it('other connectionData while registered answers 400 with the deregister-first rule and changes nothing', async () => {
    await cce.client.put('connection-data-1').expect(200);
    const response = await cce.client.put('connection-data-2');
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/xml/);
    expect(apiErrors(response.text)).toEqual([DEREGISTER_FIRST]);
    // The first data is still the current one: sending it again is accepted.
    await cce.client.put('connection-data-1').expect(200);
    expect(await state()).toBe('registered');
  });

  it('deregistering first, then registering with other data, is accepted', async () => {
    await cce.client.put('connection-data-1').expect(200);
    await cce.client.put('').expect(200);
    await cce.client.put('connection-data-2').expect(200);
    expect(await state()).toBe('registered');
    expect((await cce.client.put('connection-data-1')).status).toBe(400);
  });

  it('the current connectionData again while registered answers 200 and stays registered', async () => {
    await cce.client.put('connection-data-1').expect(200);
    expect((await cce.client.put('connection-data-1')).text).toBe('Successfully saved');
    expect(await state()).toBe('registered');
  });

  it('new connectionData while invalid reregisters: 200 and registered', async () => {
    await forceState(cce.emulator, 'invalid');
    await cce.client.put('fresh-connection-data').expect(200);
    expect(await state()).toBe('registered');
  });

  it('an empty connectionData while notRegistered answers 200 and stays notRegistered', async () => {
    await cce.client.put('').expect(200);
    expect(await state()).toBe('notRegistered');
  });

  it('connectionData is kept byte for byte: surrounding spaces make it a different value', async () => {
    await cce.client.put(' padded ').expect(200);
    expect(apiErrors((await cce.client.put('padded')).text)).toEqual([DEREGISTER_FIRST]);
    await cce.client.put(' padded ').expect(200);
  });
});

describe('PUT connectionData: the 4 KB limit counts UTF-8 bytes of the decoded value', () => {
  const tooLong = (bytes: number) => ({
    errorData: 'connectionData',
    errorDetail: { max: '4096' },
    errorMessage: `connectionData is ${bytes} bytes; the maximum size is 4 KB (4096 bytes)`,
    errorType: 'invalidInput.fieldLengthExceeded',
  });

  const ACCEPTED: [string, string][] = [
    ['4096 ASCII bytes', 'a'.repeat(4096)],
    ['2048 two-byte characters (é), 4096 bytes', 'é'.repeat(2048)],
    ['1024 four-byte characters (😀), 4096 bytes', '😀'.repeat(1024)],
    ['1365 three-byte characters (€) and one ASCII byte, 4096 bytes', `${'€'.repeat(1365)}a`],
  ];
  for (const [what, data] of ACCEPTED) {
    it(`${what} is accepted with 200`, async () => {
      expect(Buffer.byteLength(data)).toBe(4096);
      await cce.client.put(data).expect(200);
      expect(await state()).toBe('registered');
    });
  }

  const REFUSED: [string, string][] = [
    ['4097 ASCII bytes', 'a'.repeat(4097)],
    ['2048 two-byte characters and one ASCII byte, 4097 bytes', `${'é'.repeat(2048)}a`],
    ['1365 three-byte characters and two ASCII bytes, 4097 bytes', `${'€'.repeat(1365)}ab`],
  ];
  for (const [what, data] of REFUSED) {
    it(`${what} answers 400 invalidInput.fieldLengthExceeded with max 4096 and nothing changes`, async () => {
      expect(Buffer.byteLength(data)).toBe(4097);
      const response = await cce.client.put(data);
      expect(response.status).toBe(400);
      expect(apiErrors(response.text)).toEqual([tooLong(4097)]);
      expect(await state()).toBe('notRegistered');
    });
  }

  it('2048 characters written as &#233; references decode to 4096 bytes and are accepted', async () => {
    await cce.client
      .putBody(
        `<contextServiceRegistration><connectionData>${'&#233;'.repeat(2048)}</connectionData></contextServiceRegistration>`,
      )
      .expect(200);
  });

  it('character references with leading zeros are legal XML: &#x00000041; is "A"', async () => {
    await cce.client
      .putBody(
        '<contextServiceRegistration><connectionData>&#x00000041;&#0066;</connectionData></contextServiceRegistration>',
      )
      .expect(200);
    await cce.client.put('AB').expect(200);
  });

  it('4096 &amp; references decode to 4096 bytes and are accepted, though the body is 20 KB', async () => {
    await cce.client
      .putBody(
        `<contextServiceRegistration><connectionData>${'&amp;'.repeat(4096)}</connectionData></contextServiceRegistration>`,
      )
      .expect(200);
  });

  it('4097 characters in a CDATA section are too long', async () => {
    const response = await cce.client.putBody(
      `<contextServiceRegistration><connectionData><![CDATA[${'<'.repeat(4097)}]]></connectionData></contextServiceRegistration>`,
    );
    expect(apiErrors(response.text)).toEqual([tooLong(4097)]);
  });
});

describe('PUT body: the contextServiceRegistration document', () => {
  it('a body without connectionData answers 400 invalidInput.fieldRequired naming connectionData', async () => {
    const response = await cce.client.putBody('<contextServiceRegistration></contextServiceRegistration>');
    expect(response.status).toBe(400);
    expect(apiErrors(response.text)).toEqual([
      {
        errorData: 'connectionData',
        errorMessage: 'connectionData is required',
        errorType: 'invalidInput.fieldRequired',
      },
    ]);
  });

  it('a root with only text has no connectionData: 400 invalidInput.fieldRequired', async () => {
    const response = await cce.client.putBody('<contextServiceRegistration>data</contextServiceRegistration>');
    expect(apiErrors(response.text)[0]?.errorType).toBe('invalidInput.fieldRequired');
  });

  it('connectionData holding elements instead of text answers 400 invalidInput.invalidValue', async () => {
    const response = await cce.client.putBody(
      '<contextServiceRegistration><connectionData><a>x</a></connectionData></contextServiceRegistration>',
    );
    expect(response.status).toBe(400);
    expect(apiErrors(response.text)[0]).toMatchObject({
      errorData: 'connectionData',
      errorType: 'invalidInput.invalidValue',
    });
  });

  it('a repeated connectionData counts with its last value', async () => {
    await cce.client
      .putBody(
        '<contextServiceRegistration><connectionData>first</connectionData><connectionData>last</connectionData></contextServiceRegistration>',
      )
      .expect(200);
    await cce.client.put('last').expect(200);
    expect((await cce.client.put('first')).status).toBe(400);
  });

  it('read-only elements in the body are ignored: a state of registered does not register', async () => {
    await cce.client
      .putBody(
        '<contextServiceRegistration><state>registered</state><connectionData></connectionData></contextServiceRegistration>',
      )
      .expect(200);
    expect(await state()).toBe('notRegistered');
  });

  it('an XML declaration, a comment and indentation are fine', async () => {
    await cce.client
      .putBody(
        '<?xml version="1.0" encoding="UTF-8"?>\n<!-- from the callback page -->\n<contextServiceRegistration>\n  <connectionData>abc</connectionData>\n</contextServiceRegistration>\n',
      )
      .expect(200);
    await cce.client.put('abc').expect(200);
  });
});

import { randomBytes, randomUUID } from 'node:crypto';

/**
 * Fresh connection data as the (emulated) Webex registration hands it out. Real connection data is an opaque blob
 * of a few hundred bytes; this one is standard base64 (so it carries `+`, `/` and `=`, which a callback page must
 * read back correctly from its query string) of a small JSON document with a random secret.
 */
export function issueConnectionData(): string {
  const document = {
    v: 1,
    org: 'sandbox-org',
    cluster: randomUUID(),
    issued: new Date().toISOString(),
    secret: randomBytes(192).toString('base64'),
  };
  return Buffer.from(JSON.stringify(document), 'utf8').toString('base64');
}

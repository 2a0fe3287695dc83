import type { Dispatcher } from 'undici';

/**
 * Reads an upstream answer's body chunk by chunk, stopping (and dropping the connection) past `limit` bytes, so a
 * misbehaving upstream cannot make the BFF buffer without end. `tooLarge` builds the caller's own error.
 */
export async function readLimitedBody(
  response: Pick<Dispatcher.ResponseData, 'headers' | 'body'>,
  limit: number,
  tooLarge: () => Error,
): Promise<string> {
  if (Number(response.headers['content-length']) > limit) {
    response.body.destroy();
    throw tooLarge();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  const stream: AsyncIterable<Buffer> = response.body;
  for await (const chunk of stream) {
    size += chunk.length;
    if (size > limit) {
      response.body.destroy();
      throw tooLarge();
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

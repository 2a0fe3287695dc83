const SAMPLE_RATE = 8_000;

/**
 * A short recording: 16-bit mono PCM at 8 kHz (a telephone's rate) in a RIFF/WAVE file, a tone whose pitch comes from
 * `seed` so each recording sounds different. Enough for a player to show a duration and play something.
 */
export function wavTone(seed: number, seconds = 2): Buffer {
  const samples = SAMPLE_RATE * seconds;
  const data = Buffer.alloc(samples * 2);
  const frequency = 300 + (Math.abs(seed) % 500);
  for (let index = 0; index < samples; index += 1) {
    // A gentle fade in and out, so the tone does not click.
    const envelope = Math.min(1, index / 800, (samples - index) / 800);
    data.writeInt16LE(
      Math.round(Math.sin((2 * Math.PI * frequency * index) / SAMPLE_RATE) * 8_000 * envelope),
      index * 2,
    );
  }
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVE', 8, 'ascii');
  header.write('fmt ', 12, 'ascii');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(SAMPLE_RATE, 24);
  header.writeUInt32LE(SAMPLE_RATE * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The built pages' hashed bundle names, as rollup's manifest.json records them. */
const Manifest = z.object({ tab: z.string(), admin: z.string().optional(), desktop: z.string().optional() });
export type GadgetManifest = z.infer<typeof Manifest>;

export interface GadgetFiles {
  /** dist/gadget: the bundles, source maps, the fake finesse.js and the gadget XML template. */
  readonly dir: string;
  readonly manifest: GadgetManifest;
  /** ContextDesk.xml as built, with {{PUBLIC_URL}} still to fill in per request. */
  readonly gadgetXml: string;
}

/** dist/gadget of this checkout: found from this file, whether it runs from bff/src (tests) or dist/bff/src. */
export function defaultGadgetDir(): string {
  let directory = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(directory, 'package.json'))) {
    const parent = path.dirname(directory);
    if (parent === directory) throw new Error('package.json not found above the BFF');
    directory = parent;
  }
  return path.join(directory, 'dist', 'gadget');
}

/**
 * Reads the gadget build once at start. Undefined when the gadget was not built (`npm run build:gadget`): the BFF
 * still serves its API, and the pages answer 503 saying how to build them.
 */
export function readGadgetFiles(dir: string): GadgetFiles | undefined {
  const manifestFile = path.join(dir, 'manifest.json');
  if (!existsSync(manifestFile)) return undefined;
  const manifest = Manifest.parse(JSON.parse(readFileSync(manifestFile, 'utf8')));
  return { dir, manifest, gadgetXml: readFileSync(path.join(dir, 'ContextDesk.xml'), 'utf8') };
}

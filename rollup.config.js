// @ts-check
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

/**
 * The gadget's build: one self-contained, minified ES bundle per page (the tab, the admin page, the simulated
 * desktop) with hashed names, the fake finesse.js of the sandbox as a classic script, a manifest that tells the BFF
 * the hashed names, and the gadget XML with the tab's bundle name filled in.
 */
const outDir = 'dist/gadget';
/** @type {Record<string, string>} */
const manifest = {};
/** Every file this build wrote: the rest of outDir is from older builds (hashed names change with the source). */
const written = new Set();

/** @returns {import('rollup').Plugin[]} */
const plugins = () => {
  // Lit's html`` and css`` templates keep their indentation in the source; minified they cost about a tenth less.
  /** @type {import('rollup').Plugin} */
  const templates = minifyHtmlLiterals();
  /** @type {import('rollup').Plugin} */
  // 'production': Lit's production build whatever NODE_ENV says (vitest sets it to test).
  const resolve = nodeResolve({ browser: true, extensions: ['.ts', '.js'], exportConditions: ['production'] });
  /** @type {import('rollup').Plugin} */
  const typescript = esbuild({ target: 'es2022', tsconfig: 'gadget/tsconfig.json', minify: false, sourceMap: true });
  /** @type {import('rollup').Plugin} */
  // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- the terser plugin's types do not resolve from a JS config
  const minify = terser({ format: { comments: false }, ecma: 2020, module: true, compress: { passes: 3 } });
  return [templates, resolve, typescript, minify, recordWritten()];
};

/**
 * Records each page bundle's hashed name; the last build writes manifest.json and ContextDesk.xml.
 * @param {string} page
 * @returns {import('rollup').Plugin}
 */
const recordName = (page) => ({
  name: 'record-name',
  generateBundle(_options, bundle) {
    for (const file of Object.values(bundle)) if (file.type === 'chunk' && file.isEntry) manifest[page] = file.fileName;
  },
});

/** @returns {import('rollup').Plugin} */
const recordWritten = () => ({
  name: 'record-written',
  writeBundle(_options, bundle) {
    for (const fileName of Object.keys(bundle)) written.add(path.normalize(fileName));
  },
});

/** @returns {import('rollup').Plugin} */
const writeManifestAndGadgetXml = () => ({
  name: 'write-manifest-and-gadget-xml',
  async generateBundle() {
    const template = await readFile('gadget/ContextDesk.xml', 'utf8');
    if (manifest.tab === undefined) this.error('the tab bundle must be built before the gadget XML');
    this.emitFile({
      type: 'asset',
      fileName: 'ContextDesk.xml',
      source: template.replaceAll('{{BUNDLE}}', manifest.tab),
    });
    this.emitFile({ type: 'asset', fileName: 'manifest.json', source: `${JSON.stringify(manifest, null, 2)}\n` });
  },
  // Old bundles go only once the new ones are written, so a page open during a rebuild keeps working meanwhile.
  async closeBundle() {
    const files = await readdir(outDir, { recursive: true, withFileTypes: true });
    for (const file of files) {
      const relative = path.relative(outDir, path.join(file.parentPath, file.name));
      if (file.isFile() && !written.has(relative)) await rm(path.join(outDir, relative));
    }
  },
});

/**
 * @param {string} page
 * @param {string} input
 * @returns {import('rollup').RollupOptions}
 */
const pageBundle = (page, input) => ({
  input,
  plugins: [...plugins(), recordName(page)],
  output: {
    dir: outDir,
    format: 'es',
    entryFileNames: `${page === 'tab' ? 'context-desk' : page}-[hash].js`,
    // The only dynamic imports are the string catalogs of other languages: each its own small chunk, loaded on demand.
    chunkFileNames: `${page === 'tab' ? 'context-desk' : page}-[name]-[hash].js`,
    sourcemap: true,
  },
});

export default [
  pageBundle('tab', 'gadget/src/context-desk-main.ts'),
  pageBundle('admin', 'gadget/src/admin-main.ts'),
  pageBundle('desktop', 'gadget/desktop/desktop-main.ts'),
  // The sandbox's Shindig features for the gadget iframe, a classic script like Shindig's.
  {
    input: 'gadget/desktop/fake-shindig/gadgets-main.ts',
    plugins: plugins(),
    output: { dir: outDir, entryFileNames: 'desktop/gadgets-features.js', format: 'iife', sourcemap: true },
  },
  // Last: its build writes manifest.json and ContextDesk.xml once every page bundle is named.
  {
    input: 'gadget/desktop/fake-finesse/finesse-main.ts',
    plugins: [...plugins(), writeManifestAndGadgetXml()],
    output: { dir: outDir, entryFileNames: 'desktop/finesse.js', format: 'iife', sourcemap: true },
  },
];

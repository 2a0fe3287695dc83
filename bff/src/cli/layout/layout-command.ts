import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { CliIo, ExitCode } from '../cli-io.js';
import { EXIT } from '../cli-io.js';
import { LAYOUT_USAGE } from '../usage.js';
import {
  DEFAULT_GADGET_URL,
  DEFAULT_TAB_LABEL,
  checkGadgetUrl,
  checkTabLabel,
  parseRoles,
} from './context-desk-tab.js';
import type { LayoutRole } from './context-desk-tab.js';
import { LayoutError, LayoutOptionError } from './layout-error.js';
import { checkLayout, mergeLayout } from './merge-layout.js';

type LayoutRequest =
  | { readonly action: 'help' }
  | {
      readonly action: 'merge';
      readonly file: string;
      readonly roles: LayoutRole[];
      readonly gadgetUrl: string;
      readonly label: string;
    }
  | { readonly action: 'check'; readonly file: string; readonly roles: LayoutRole[] };

function parseLayoutArgs(args: readonly string[]): LayoutRequest {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: {
        merge: { type: 'string' },
        check: { type: 'string' },
        'gadget-url': { type: 'string' },
        roles: { type: 'string' },
        'tab-label': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new LayoutOptionError(error instanceof Error ? error.message : 'unreadable arguments');
  }
  if (values.help === true) return { action: 'help' };
  const roles = parseRoles(values.roles);
  if ((values.merge === undefined) === (values.check === undefined))
    throw new LayoutOptionError('give either --merge <file> or --check <file>');
  if (values.check !== undefined) {
    if (values['gadget-url'] !== undefined || values['tab-label'] !== undefined)
      throw new LayoutOptionError('--gadget-url and --tab-label apply to --merge only');
    return { action: 'check', file: values.check, roles };
  }
  return {
    action: 'merge',
    file: values.merge ?? '',
    roles,
    gadgetUrl: checkGadgetUrl(values['gadget-url'] ?? DEFAULT_GADGET_URL),
    label: checkTabLabel(values['tab-label'] ?? DEFAULT_TAB_LABEL),
  };
}

/** The file as text, exactly: a byte order mark stays, and bytes that are not UTF-8 are refused rather than replaced. */
function readLayoutFile(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    if (code === 'ENOENT') throw new LayoutError(`${file}: no such file`);
    if (code === 'EISDIR') throw new LayoutError(`${file}: is a directory, not a layout file`);
    if (code === 'EACCES') throw new LayoutError(`${file}: permission denied`);
    throw new LayoutError(`${file}: cannot be read (${code || 'unknown error'})`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new LayoutError(`${file}: is not UTF-8 text (Finesse layouts are UTF-8)`);
  }
}

function merge(request: Extract<LayoutRequest, { action: 'merge' }>, io: CliIo): ExitCode {
  const result = mergeLayout(readLayoutFile(request.file), {
    roles: request.roles,
    tab: { gadgetUrl: request.gadgetUrl, label: request.label },
    file: request.file,
  });
  io.out(result.text);
  for (const outcome of result.outcomes) {
    io.err(
      outcome.result === 'added'
        ? `${outcome.role}: Context Desk tab added\n`
        : `${outcome.role}: has the Context Desk tab already, left as it is\n`,
    );
    if (outcome.warning !== undefined) io.err(`warning: ${outcome.warning}\n`);
  }
  return EXIT.ok;
}

function check(request: Extract<LayoutRequest, { action: 'check' }>, io: CliIo): ExitCode {
  const presence = checkLayout(readLayoutFile(request.file), request.roles, request.file);
  for (const role of presence) {
    io.out(
      role.present
        ? `${role.role}: Context Desk tab present (${role.gadgets.join(', ') || 'no gadget'})\n`
        : `${role.role}: no Context Desk tab\n`,
    );
  }
  return presence.every((role) => role.present) ? EXIT.ok : EXIT.failed;
}

/** `npx context-desk layout …` */
export function runLayoutCommand(args: readonly string[], io: CliIo): ExitCode {
  try {
    const request = parseLayoutArgs(args);
    switch (request.action) {
      case 'help':
        io.out(LAYOUT_USAGE);
        return EXIT.ok;
      case 'merge':
        return merge(request, io);
      case 'check':
        return check(request, io);
    }
  } catch (error) {
    if (error instanceof LayoutOptionError) {
      io.err(`context-desk layout: ${error.message}\n\n${LAYOUT_USAGE}`);
      return EXIT.usage;
    }
    if (error instanceof LayoutError) {
      io.err(`context-desk layout: ${error.message}\n`);
      return EXIT.failed;
    }
    throw error;
  }
}

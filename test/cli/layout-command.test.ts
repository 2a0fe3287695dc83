import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runLayoutCommand } from '../../bff/src/cli/layout/layout-command.js';
import { runCli } from '../../bff/src/cli/run-cli.js';

const fixturePath = (name: string): string => fileURLToPath(new URL(`fixtures/${name}`, import.meta.url));
const LAYOUT_XML = fileURLToPath(new URL('../../layout.xml', import.meta.url));

function layout(...args: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = runLayoutCommand(args, { out: (text) => void (out += text), err: (text) => void (err += text) });
  return { code, out, err };
}

describe('npx context-desk layout', () => {
  it("--check on this repository's layout.xml says both roles have the tab and exits 0", () => {
    const result = layout('--check', LAYOUT_XML);

    expect(result.code).toBe(0);
    expect(result.out).toBe(
      'Agent: Context Desk tab present (/3rdpartygadget/files/ContextDesk.xml)\nSupervisor: Context Desk tab present (/3rdpartygadget/files/ContextDesk.xml)\n',
    );
  });

  it('--check on a layout that lacks the tab for Supervisor says so and exits 1', () => {
    const result = layout('--check', fixturePath('agent-tab-only.xml'));

    expect(result.code).toBe(1);
    expect(result.out).toContain('Supervisor: no Context Desk tab\n');
  });

  it('--check --roles Agent exits 0 when only the Supervisor lacks the tab', () => {
    expect(layout('--check', fixturePath('agent-tab-only.xml'), '--roles', 'Agent').code).toBe(0);
  });

  it('--merge prints the merged layout on standard output and what it did on standard error', () => {
    const input = readFileSync(fixturePath('agent-tab-only.xml'), 'utf8');

    const result = layout('--merge', fixturePath('agent-tab-only.xml'));

    expect(result.code).toBe(0);
    expect(result.out.length).toBeGreaterThan(input.length);
    expect(result.out.match(/<id>contextDesk<\/id>/g)).toHaveLength(2);
    expect(result.err).toBe(
      'Agent: has the Context Desk tab already, left as it is\nSupervisor: Context Desk tab added\n',
    );
  });

  it('--merge with --gadget-url, --roles and a --tab-label that needs escaping writes them escaped into the chosen role only', () => {
    const result = layout(
      '--merge',
      fixturePath('standard-tabs-layout.xml'),
      '--roles',
      'agent',
      '--gadget-url',
      'https://bff.example.com/gadget/ContextDesk.xml?v=2&lang=en',
      '--tab-label',
      'Kunde & <Kontext>',
    );

    expect(result.code).toBe(0);
    expect(result.out.match(/<id>contextDesk<\/id>/g)).toHaveLength(1);
    expect(result.out).toContain('<label>Kunde &amp; &lt;Kontext&gt;</label>');
    expect(result.out).toContain('<gadget>https://bff.example.com/gadget/ContextDesk.xml?v=2&amp;lang=en</gadget>');
    expect(result.err).toBe('Agent: Context Desk tab added\n');
  });

  it('a file that does not exist is named in the error, exit 1, nothing on standard output', () => {
    const result = layout('--merge', '/nonexistent/finesse-layout.xml');

    expect(result).toEqual({
      code: 1,
      out: '',
      err: 'context-desk layout: /nonexistent/finesse-layout.xml: no such file\n',
    });
  });

  it('malformed XML is refused with its line and column, exit 1', () => {
    const result = layout('--merge', fixturePath('malformed-layout.xml'));

    expect(result.code).toBe(1);
    expect(result.out).toBe('');
    expect(result.err).toMatch(
      /malformed-layout\.xml is not well-formed XML: line 7, column \d+: unexpected close tag/,
    );
  });

  it('a document whose root is not finesseLayout is refused, exit 1', () => {
    const result = layout('--check', fixturePath('team-layout-config.xml'));

    expect(result.code).toBe(1);
    expect(result.err).toContain('its root element is <TeamLayoutConfig>, not <finesseLayout>');
  });

  it('a file that is not UTF-8 text is refused rather than changed, exit 1', () => {
    const directory = mkdtempSync(join(tmpdir(), 'context-desk-layout-'));
    const latin1 = join(directory, 'latin1.xml');
    writeFileSync(
      latin1,
      Buffer.from('<finesseLayout><configs><config key="title" value="Caf\xe9"/></configs></finesseLayout>', 'latin1'),
    );

    const result = layout('--merge', latin1);

    expect(result.code).toBe(1);
    expect(result.err).toContain('is not UTF-8 text');
  });

  it.each([
    [['--merge', 'x.xml', '--roles', 'Administrator'], /--roles: "Administrator" is not a desktop role/],
    [['--merge', 'x.xml', '--roles', ''], /--roles: "" is not a desktop role/],
    [
      ['--merge', 'x.xml', '--gadget-url', 'ContextDesk.xml'],
      /--gadget-url: must be an absolute http:\/\/ or https:\/\/ URL, or a path starting with \//,
    ],
    [
      ['--merge', 'x.xml', '--gadget-url', 'ftp://files.example.com/ContextDesk.xml'],
      /--gadget-url: must be an absolute http/,
    ],
    [
      ['--merge', 'x.xml', '--gadget-url', '//evil.example.com/ContextDesk.xml'],
      /--gadget-url: must be an absolute http/,
    ],
    [
      ['--merge', 'x.xml', '--gadget-url', '/3rdpartygadget/files/Context Desk.xml'],
      /--gadget-url: must be an absolute http/,
    ],
    [
      ['--merge', 'x.xml', '--gadget-url', 'https://admin:secret@bff.example.com/ContextDesk.xml'],
      /--gadget-url: must not contain a user name or password/,
    ],
    [['--merge', 'x.xml', '--tab-label', '   '], /--tab-label: must be 1 to 64 characters on one line/],
    [['--merge', 'x.xml', '--tab-label', 'Context\nDesk'], /--tab-label: must be 1 to 64 characters on one line/],
    [['--merge', 'a.xml', '--check', 'b.xml'], /give either --merge <file> or --check <file>/],
    [[], /give either --merge <file> or --check <file>/],
    [['--check', 'x.xml', '--tab-label', 'Desk'], /--gadget-url and --tab-label apply to --merge only/],
    [['--merge'], /argument missing/],
    [['--merge', 'x.xml', '--colour', 'blue'], /Unknown option '--colour'/],
    [['layout.xml'], /Unexpected argument 'layout.xml'/],
  ])('refuses the arguments %j with the reason and the usage, exit 2', (args, reason) => {
    const result = layout(...args);

    expect(result.code).toBe(2);
    expect(result.out).toBe('');
    expect(result.err).toMatch(reason);
    expect(result.err).toContain('Usage:\n  npx context-desk layout --merge <layout.xml>');
  });

  it('--help prints the usage on standard output, exit 0', () => {
    const result = layout('--help');

    expect(result.code).toBe(0);
    expect(result.out).toContain('npx context-desk layout --check <layout.xml>');
  });
});

describe('npx context-desk', () => {
  it('--help lists the layout and doctor commands, exit 0', async () => {
    let out = '';
    const code = await runCli(['--help'], { out: (text) => void (out += text), err: () => undefined });

    expect(code).toBe(0);
    expect(out).toMatch(/layout {3}add the Context Desk tab/);
    expect(out).toMatch(/doctor {3}check every upstream/);
  });

  it('an unknown command prints the usage on standard error, exit 2', async () => {
    let err = '';
    const code = await runCli(['deploy'], { out: () => undefined, err: (text) => void (err += text) });

    expect(code).toBe(2);
    expect(err).toContain('context-desk: unknown command "deploy"');
    expect(err).toContain('Usage: npx context-desk <command> [options]');
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_GADGET_URL, DEFAULT_TAB_LABEL } from '../../bff/src/cli/layout/context-desk-tab.js';
import type { LayoutRole } from '../../bff/src/cli/layout/context-desk-tab.js';
import { LayoutError } from '../../bff/src/cli/layout/layout-error.js';
import { checkLayout, mergeLayout } from '../../bff/src/cli/layout/merge-layout.js';

const fixture = (name: string): string => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');
const repositoryLayout = readFileSync(new URL('../../layout.xml', import.meta.url), 'utf8');
const BOTH: LayoutRole[] = ['Agent', 'Supervisor'];
const TAB = { gadgetUrl: DEFAULT_GADGET_URL, label: DEFAULT_TAB_LABEL };

function merge(text: string, roles: LayoutRole[] = BOTH, tab = TAB) {
  return mergeLayout(text, { roles, tab });
}

/** The tab as the merge writes it into Finesse's default layout (four-space steps, tabs at twelve spaces). */
const STANDARD_BLOCK =
  '\n            <tab>\n                <id>contextDesk</id>\n                <icon>tabs</icon>\n                <label>Context Desk</label>' +
  '\n                <gadgets>\n                    <gadget>/3rdpartygadget/files/ContextDesk.xml</gadget>\n                </gadgets>\n            </tab>';

/** The output with each copy of `block` taken out, and how many there were: for a pure insertion, the rest is the input. */
function withoutBlock(output: string, block: string): { rest: string; copies: number } {
  const parts = output.split(block);
  return { rest: parts.join(''), copies: parts.length - 1 };
}

describe('the layout merge', () => {
  it("leaves this repository's layout.xml, which has the tab for both roles, unchanged byte for byte", () => {
    const result = merge(repositoryLayout);

    expect(result.text).toBe(repositoryLayout);
    expect(result.outcomes).toEqual([
      { role: 'Agent', result: 'present' },
      { role: 'Supervisor', result: 'present' },
    ]);
  });

  it("adds the tab once to each role of a layout with only Finesse's standard tabs, after the last tab, and changes nothing else", () => {
    const input = fixture('standard-tabs-layout.xml');

    const result = merge(input);

    expect(withoutBlock(result.text, STANDARD_BLOCK)).toEqual({ rest: input, copies: 2 });
    expect(result.text.match(/<id>contextDesk<\/id>/g)).toHaveLength(2);
    expect(result.outcomes.map((outcome) => outcome.result)).toEqual(['added', 'added']);
  });

  it("turns the standard layout into this repository's layout.xml (after its leading comment), so layout.xml is what the merge makes", () => {
    const body = repositoryLayout.slice(repositoryLayout.indexOf('<finesseLayout'));

    expect(merge(fixture('standard-tabs-layout.xml')).text).toBe(body);
  });

  it('adds the tab only to the role that lacks it when the Agent layout has it already', () => {
    const input = fixture('agent-tab-only.xml');

    const result = merge(input);

    expect(result.outcomes).toEqual([
      { role: 'Agent', result: 'present' },
      { role: 'Supervisor', result: 'added' },
    ]);
    expect(withoutBlock(input, STANDARD_BLOCK).copies).toBe(1);
    expect(withoutBlock(result.text, STANDARD_BLOCK)).toEqual({
      rest: withoutBlock(input, STANDARD_BLOCK).rest,
      copies: 2,
    });
    expect(checkLayout(result.text, BOTH).map((role) => role.present)).toEqual([true, true]);
  });

  it('changes nothing when run on its own output (merging twice is merging once)', () => {
    for (const name of [
      'standard-tabs-layout.xml',
      'agent-tab-only.xml',
      'hand-edited-layout.xml',
      'no-tabs-layout.xml',
      'one-line-layout.xml',
    ]) {
      const once = merge(fixture(name)).text;

      expect(merge(once).text, name).toBe(once);
    }
  });

  it('keeps comments, CDATA, processing instructions, single-quoted attributes, tab indentation and odd spacing of a hand-edited layout', () => {
    const input = fixture('hand-edited-layout.xml');

    const result = merge(input);

    // Indented with tabs like its siblings, after the last real tab of each role (before the Agent's closing comment).
    const block =
      '\n\t\t\t<tab>\n\t\t\t\t<id>contextDesk</id>\n\t\t\t\t<icon>tabs</icon>\n\t\t\t\t<label>Context Desk</label>\n\t\t\t\t<gadgets>\n\t\t\t\t\t<gadget>/3rdpartygadget/files/ContextDesk.xml</gadget>\n\t\t\t\t</gadgets>\n\t\t\t</tab>';
    expect(withoutBlock(result.text, block)).toEqual({ rest: input, copies: 2 });
    expect(result.text).toContain(`</tab>${block}   \n\t\t\t<!-- More tabs go here. -->`);
    expect(result.text).toContain("<?xml version='1.0' encoding='UTF-8' ?>");
    expect(result.text).toContain(
      '<![CDATA[https://cuic.example.com:8444/cuic/gadget/LiveData/LiveDataGadget.jsp?gadgetHeight=310&viewId=99E6C8E210000141000000D80A0006C4]]>',
    );
  });

  it('does not take a contextDesk tab that is commented out for the real one', () => {
    const input = fixture('hand-edited-layout.xml');

    expect(checkLayout(input, BOTH).map((role) => role.present)).toEqual([false, false]);
    expect(merge(input).outcomes.map((outcome) => outcome.result)).toEqual(['added', 'added']);
  });

  it('keeps Windows line breaks and a byte order mark, and writes the new lines with CRLF too', () => {
    const input = `\uFEFF${fixture('standard-tabs-layout.xml').replace(/\n/g, '\r\n')}`;

    const result = merge(input);

    expect(withoutBlock(result.text, STANDARD_BLOCK.replace(/\n/g, '\r\n'))).toEqual({ rest: input, copies: 2 });
    expect(result.text.startsWith('\uFEFF<finesseLayout')).toBe(true);
  });

  it('gives a role without <tabs> a new <tabs> after its <page>, and writes out an empty <tabs/> around the new tab', () => {
    const result = merge(fixture('no-tabs-layout.xml'));

    expect(result.text).toContain('    </page>\n    <tabs>\n      <tab>\n        <id>contextDesk</id>');
    expect(result.text).toContain('      </tab>\n    </tabs>\n  </layout>');
    expect(result.text).not.toContain('<tabs/>');
    expect(checkLayout(result.text, BOTH).map((role) => role.present)).toEqual([true, true]);
  });

  it('writes the tab on one line into a layout written on one line, and closes an empty <tabs></tabs> around it', () => {
    const result = merge(fixture('one-line-layout.xml'));

    expect(result.text).not.toContain('\n');
    expect(result.text).toContain(
      '</tab><tab><id>contextDesk</id><icon>tabs</icon><label>Context Desk</label><gadgets><gadget>/3rdpartygadget/files/ContextDesk.xml</gadget></gadgets></tab></tabs>',
    );
    expect(result.text).toContain('<tabs><tab><id>contextDesk</id>');
  });

  it('adds the tab to the Agent role only when only Agent is chosen', () => {
    const result = merge(fixture('standard-tabs-layout.xml'), ['Agent']);

    expect(result.outcomes).toEqual([{ role: 'Agent', result: 'added' }]);
    expect(checkLayout(result.text, BOTH).map((role) => role.present)).toEqual([true, false]);
  });

  it('escapes a label and a gadget URL with characters XML reserves, so the layout stays well-formed', () => {
    const tab = { gadgetUrl: 'https://gadgets.example.com/cd.xml?a=1&b=<2>', label: 'Context & <Desk>' };

    const result = merge(fixture('standard-tabs-layout.xml'), BOTH, tab);

    expect(result.text).toContain('<label>Context &amp; &lt;Desk&gt;</label>');
    expect(result.text).toContain('<gadget>https://gadgets.example.com/cd.xml?a=1&amp;b=&lt;2&gt;</gadget>');
    expect(checkLayout(result.text, BOTH).map((role) => role.gadgets)).toEqual([[tab.gadgetUrl], [tab.gadgetUrl]]);
  });

  it('warns when the role already loads the same gadget from another tab, which would load it twice', () => {
    const input = fixture('standard-tabs-layout.xml').replace(
      '/desktop/scripts/js/queueStatistics.js',
      DEFAULT_GADGET_URL,
    );

    const result = merge(input, ['Agent']);

    expect(result.outcomes[0]?.warning).toMatch(/already loads \/3rdpartygadget\/files\/ContextDesk\.xml elsewhere/);
  });

  it('refuses XML that is not well-formed, naming the line and column', () => {
    expect(() => merge(fixture('malformed-layout.xml'))).toThrow(LayoutError);
    expect(() => merge(fixture('malformed-layout.xml'))).toThrow(
      /not well-formed XML: line 7, column \d+: unexpected close tag/,
    );
  });

  it('refuses a document whose root is not finesseLayout, such as the REST API TeamLayoutConfig wrapper', () => {
    expect(() => merge(fixture('team-layout-config.xml'))).toThrow(
      /not a Finesse desktop layout: its root element is <TeamLayoutConfig>, not <finesseLayout>/,
    );
  });

  it('refuses a chosen role the layout has no <layout> for, naming the roles it has', () => {
    const agentOnly = fixture('standard-tabs-layout.xml').replace(
      /<layout>\s*<role>Supervisor<\/role>[\s\S]*?<\/layout>/,
      '',
    );

    expect(() => merge(agentOnly)).toThrow(/has no <layout> for the Supervisor role \(it has Agent\)/);
  });

  it('refuses a layout with two <layout> elements for the same role', () => {
    const twice = fixture('standard-tabs-layout.xml').replace('<role>Supervisor</role>', '<role>Agent</role>');

    expect(() => merge(twice)).toThrow(/2 <layout> elements for the Agent role/);
  });

  it('refuses an empty document and text that is not XML', () => {
    expect(() => merge('')).toThrow(LayoutError);
    expect(() => merge('finesseLayout, please')).toThrow(/not well-formed XML/);
  });
});

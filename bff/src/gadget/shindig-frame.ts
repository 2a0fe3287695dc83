import { randomBytes } from 'node:crypto';

/**
 * The sandbox's stand-in for Shindig's `/gadgets/ifr`: turns the gadget XML into the HTML document of the gadget's
 * iframe the way the Finesse desktop does — the `<Content type="html">` body, user preferences substituted
 * (`__UP_name__`), the container's gadget features loaded first. Every script gets this answer's CSP nonce, so the
 * gadget's own inline hub hook runs and nothing injected does.
 */
export function renderGadgetFrame(
  gadgetXml: string,
  preferences: Readonly<Record<string, string>>,
): { html: string; nonce: string } {
  const content = /<Content\s+type="html"\s*>\s*<!\[CDATA\[([\s\S]*?)\]\]>\s*<\/Content>/.exec(gadgetXml)?.[1];
  if (content === undefined) throw new Error('the gadget XML has no <Content type="html"> with CDATA');
  const nonce = randomBytes(16).toString('base64');
  const withPreferences = content.replace(/__UP_(\w+)__/g, (whole, name: string) => preferences[name] ?? whole);
  const withNonces = withPreferences.replace(/<script\b/g, `<script nonce="${nonce}"`);
  const html = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<script nonce="${nonce}" src="/desktop/assets/js/gadgets-features.js"></script>
</head>
<body style="margin:0">
${withNonces}
</body>
</html>
`;
  return { html, nonce };
}

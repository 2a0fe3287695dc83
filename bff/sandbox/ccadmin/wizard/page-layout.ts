import { SafeHtml, html } from './html.js';

/**
 * Plain, high-contrast styling with a visible focus ring: the pages must work by keyboard and without JavaScript,
 * and carry no script at all.
 */
const STYLE = new SafeHtml(`
  :root { color-scheme: light dark; font-family: system-ui, sans-serif; line-height: 1.5; }
  body { margin: 0; background: Canvas; color: CanvasText; }
  header { padding: 0.75rem 1.5rem; background: #0b3a5d; color: #ffffff; }
  main { max-width: 32rem; margin: 2rem auto; padding: 0 1.5rem; }
  label { display: block; margin-top: 1rem; font-weight: 600; }
  input[type=text], input[type=password] { display: block; width: 100%; box-sizing: border-box; padding: 0.5rem; font: inherit; border: 1px solid #555555; border-radius: 4px; }
  .check { display: flex; gap: 0.5rem; align-items: flex-start; font-weight: 600; }
  .check input { margin-top: 0.35rem; }
  .check label { margin-top: 0; }
  button { margin-top: 1.5rem; padding: 0.6rem 1.2rem; font: inherit; font-weight: 600; color: #ffffff; background: #0b5cab; border: 0; border-radius: 4px; cursor: pointer; }
  .problem { padding: 0.75rem; border-left: 4px solid #b00020; background: #fdecee; color: #5f0010; }
  :focus-visible { outline: 3px solid #ff9e1b; outline-offset: 2px; }
  a { color: LinkText; }
`);

/** A whole document: language, title, a banner and one main landmark holding the page's heading and content. */
export function page(title: string, content: SafeHtml): string {
  return html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} – Cisco Webex (sandbox)</title>
<style>${STYLE}</style>
</head>
<body>
<header><p>Cisco Webex <span>(sandbox emulation)</span></p></header>
<main>
${content}
</main>
</body>
</html>
`.markup;
}

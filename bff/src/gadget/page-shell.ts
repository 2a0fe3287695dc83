/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** The HTML around one of the BFF's pages: a module bundle and its root element, nothing inline (CSP 'self'). */
export function pageShell(options: { title: string; bundle: string; body: string; lang?: string }): string {
  return `<!DOCTYPE html>
<html lang="${escapeHtml(options.lang ?? 'en')}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)}</title>
<script type="module" src="/gadget/${escapeHtml(options.bundle)}"></script>
</head>
<body>
${options.body}
</body>
</html>
`;
}

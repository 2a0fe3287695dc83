import { expect } from 'vitest';

/** Text of an HTML attribute or element with the five escapes the wizard uses undone. */
export function unescapeHtml(text: string): string {
  return text.replace(
    /&(amp|lt|gt|quot|#39);/g,
    (_match, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name] ?? '',
  );
}

/** The value of a hidden form field. */
export function hiddenField(page: string, name: string): string {
  const match = new RegExp(`<input type="hidden" name="${name}" value="([^"]*)">`).exec(page);
  if (!match?.[1] && match?.[1] !== '') throw new Error(`no hidden field ${name} in the page`);
  return unescapeHtml(match[1]);
}

export function formAction(page: string): string {
  const match = /<form method="post" action="([^"]+)">/.exec(page);
  if (!match?.[1]) throw new Error('no form in the page');
  return unescapeHtml(match[1]);
}

/**
 * The page's accessible structure without a browser: a language, a title, one main landmark, one h1 inside it, and a
 * label for every control a person fills in. No script at all, so it works without JavaScript.
 */
export function expectAccessiblePage(page: string): void {
  expect(page).toMatch(/^<!DOCTYPE html>\s*<html lang="en">/);
  expect(page).toMatch(/<title>[^<]+<\/title>/);
  expect(page.match(/<main>/g)).toHaveLength(1);
  const main = /<main>([\s\S]*)<\/main>/.exec(page)?.[1] ?? '';
  expect(main.match(/<h1>[^<]+<\/h1>/g)).toHaveLength(1);
  for (const control of page.matchAll(/<input (?![^>]*type="hidden")[^>]*>/g)) {
    const id = /id="([^"]+)"/.exec(control[0])?.[1];
    expect(id, control[0]).toBeDefined();
    expect(page).toContain(`<label for="${id}">`);
  }
  expect(page).not.toMatch(/<script/i);
}

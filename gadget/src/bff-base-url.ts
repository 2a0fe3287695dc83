/**
 * The BFF's base URL: the bundle is always served by the BFF at `<base>/gadget/<file>.js`, whether the gadget XML
 * came from the BFF or was uploaded to Finesse's 3rdpartygadget folder, so the bundle's own URL tells where it is.
 */
export function bffBaseUrl(bundleUrl: string): string {
  return new URL('..', bundleUrl).href.replace(/\/+$/, '');
}

// The simulated Finesse desktop's page bundle (sandbox mode, served at `/`).
import './define-desktop.js';

// The desktop fills the window; the page shell has no stylesheet of its own (its CSP allows no inline style).
const page = new CSSStyleSheet();
page.replaceSync('body { margin: 0; }');
document.adoptedStyleSheets = [...document.adoptedStyleSheets, page];

import { benchFinesseEmulator } from './finesse-emulator.bench.js';
import { benchBff } from './bff.bench.js';
import { benchScreenPop } from './screen-pop.bench.js';
import { benchGadget } from './gadget.bench.js';
import { benchHostileXml } from './hostile-xml.bench.js';

/** `npm run bench`: every benchmark in turn, each printing its figures. */
console.log(`node ${process.version}, ${new Date().toISOString()}`);
await benchFinesseEmulator();
await benchBff();
await benchScreenPop();
await benchGadget();
await benchHostileXml();

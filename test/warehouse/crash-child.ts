// The import the crash test kills: what `import BUNDLE [--replace] --db FILE` does, with a line on
// stdout at each step so the test knows where the process was when it killed it.
//   node --import tsx test/warehouse/crash-child.ts DB BUNDLE [replace]
import { readBundle } from '../../src/lib/bundle/read.js';
import { Warehouse } from '../../src/lib/warehouse/db.js';
import { importRawInto } from '../../src/lib/warehouse/import.js';

const [db, path, replace] = process.argv.slice(2);
const raw = await readBundle(path!);
const wh = await Warehouse.open(db!);
process.stdout.write('opened\n');
await importRawInto(wh, raw, { replace: replace === 'replace' });
process.stdout.write('committed\n');
wh.close();
process.stdout.write('closed\n');

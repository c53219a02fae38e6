// Imports a file into a store and says how far it got on stdout, so a test can kill it mid-way.
// Each progress report waits 50 ms (inside the import's transaction), so the kill lands mid-way
// even on a fast machine.
import { TmStore } from '../../../src/tm/store.js';
import { importFile } from '../../../src/tm/import.js';

const [file, db] = process.argv.slice(2);
const store = TmStore.open(db, { create: true });
const pause = new Int32Array(new SharedArrayBuffer(4));
await importFile(store, file, {
  onProgress: (done) => {
    process.stdout.write(`progress ${done}\n`);
    Atomics.wait(pause, 0, 0, 50);
  },
});
store.close();
process.stdout.write('done\n');

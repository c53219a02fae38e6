// `npm run bench`: every benchmark of the tool, each printed side by side with its baseline or
// peer, with the dataset and the command shown. Heavier suites have their own scripts
// (npm run bench:tm, npm run bench:parallel, npm run eval:align).

import { benchAlign } from './align.js';
import { benchCheck } from './check.js';

benchAlign();
benchCheck();

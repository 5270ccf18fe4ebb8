import { run } from './action/main.js';
import { tuneForShortLivedProcess } from './short-lived-process.js';

tuneForShortLivedProcess();
await run();

// The action's entry point: the run's first request goes out (first-read.ts), then the rest of the action loads
// (its own chunk of dist/) while the API answers, and run() takes over.
import { startFirstRead } from './first-read.js';

const early = startFirstRead();
void import(/* webpackChunkName: "run" */ './main.js').then(({ runWith }) => runWith(early));

// The action's entry point: the run's first request goes out (first-read.ts), then the rest of the action loads
// (its own chunk of dist/) while the API answers, and run() takes over. The bundle is CommonJS, so the chunk loads
// synchronously, blocking the event loop while it does: it is loaded once the request has been handed to the network
// (on a new connection that takes a turn or more of the loop: the connect, over TLS the handshake), not before.
import { startFirstRead } from './first-read.js';

const { read, written } = startFirstRead();
void written.then(() => import(/* webpackChunkName: "run" */ './main.js')).then(({ runWith }) => runWith(read));

// stdout belongs to the protocol while the server runs: one stray line there (a library's warning, a forgotten
// console.log) and the client drops the connection. The transport gets a stream of its own onto the real stdout,
// and anything else written to process.stdout goes to stderr, where clients keep the server's log.
import { Writable } from 'node:stream';

type WriteFn = (chunk: string | Uint8Array, callback?: (err?: Error | null) => void) => boolean;

/** The stream the transport writes protocol messages to; from now on process.stdout.write goes to stderr. */
export function protocolChannel(): Writable {
  const stdout = process.stdout;
  const real = stdout.write.bind(stdout) as WriteFn;
  const channel = new Writable({
    write(chunk: Buffer, _encoding, callback): void {
      real(chunk, (err) => callback(err ?? null));
    }
  });
  stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]): boolean =>
    (process.stderr.write as (c: string | Uint8Array, ...r: unknown[]) => boolean)(chunk, ...rest)) as typeof stdout.write;
  return channel;
}

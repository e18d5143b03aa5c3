// Where does a run spend its time? A V8 CPU profile (`node --cpu-prof`) with every sample's self time put in a
// coarse category by the code it was in: the bundle, Node's fetch, Node's module loader, waiting (idle), GC…
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time (ms) per category. */
export type Categories = Record<string, number>;

export function categoryOf(url: string, functionName: string, bundleDir: string): string {
  const bundle = pathToFileURL(bundleDir).href;
  if (url.startsWith(bundle)) return /\/index\.js$/.test(url) && !/\/\d+\.index\.js$/.test(url) ? 'ai-sync bundle: dist/index.js' : 'ai-sync bundle: lazily loaded chunks';
  if (url.startsWith('file:')) return 'other JavaScript files';
  if (url === 'node:internal/deps/undici/undici') return "Node's fetch: its internal undici (JavaScript)";
  if (url.startsWith('wasm://') || /wasm/i.test(functionName)) return "Node's fetch: llhttp (WebAssembly)";
  if (url.startsWith('node:internal/modules') || url.startsWith('node:internal/bootstrap/realm')) return "Node's module loader (read, compile, link)";
  if (url.startsWith('node:')) return 'other Node internals (fs, net, streams, timers…)';
  if (functionName === '(idle)') return 'idle: waiting for the API';
  if (functionName === '(garbage collector)') return 'garbage collection';
  if (functionName === '(program)') return 'V8 itself (compiling, runtime)';
  if (functionName === '(root)') return 'V8 itself (compiling, runtime)';
  return 'native calls (I/O, …)';
}

export function categorize(profileFile: string, bundleDir: string): Categories {
  const p = JSON.parse(readFileSync(profileFile, 'utf8')) as CpuProfile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const out: Categories = {};
  for (let i = 0; i < p.samples.length; i++) {
    const node = byId.get(p.samples[i] as number);
    if (!node) continue;
    const cat = categoryOf(node.callFrame.url, node.callFrame.functionName, bundleDir);
    out[cat] = (out[cat] ?? 0) + (p.timeDeltas[i] ?? 0) / 1000;
  }
  return out;
}

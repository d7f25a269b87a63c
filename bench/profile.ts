// Where the server's CPU goes under load, from a V8 CPU profile of the production process (node --cpu-prof): each
// sample's own function is put into a stage by its file, and the stage's time divided by the requests served.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Stages in the order they are printed; the first rule that matches a sample's frame wins. */
const rules: [stage: string, test: (url: string, fn: string) => boolean][] = [
  ['start-up (loading and compiling modules)', (u, f) => /^(compileSourceTextModule|wrapSafe|compileForInternalLoader|readFileUtf8)$/.test(f) || /esm\/(loader|utils|translators|resolve)|cjs\/loader/.test(u)],
  ['render: view model, templates, fitting, advice, id, classification', (u) => /\/messages\/|\/templates\/[^/]+\.cjs/.test(u)],
  ['validation (zod)', (u) => /node_modules\/zod\//.test(u) || /plugins\/validation/.test(u)],
  ['JSON parse of the body', (u) => /secure-json-parse/.test(u)],
  ['logging (pino, the request line)', (u) => /node_modules\/(pino|sonic-boom|fast-redact|@pinojs)/.test(u) || /plugins\/request-log/.test(u)],
  ['metrics (prom-client, the request histogram)', (u) => /prom-client|plugins\/metrics/.test(u)],
  ['rate limit', (u) => /rate-limit/.test(u)],
  ['load shedding (under-pressure)', (u) => /under-pressure/.test(u)],
  ['our hooks and routes: headers, negotiation, ETag, shutdown and close handling', (u) => /\/src\/(plugins|routes)\/|\/src\/app|accept-queue|negotiator/.test(u)],
  ['Fastify and its router', (u) => /node_modules\/(fastify|find-my-way|avvio|light-my-request|@fastify)/.test(u)],
  ['garbage collection', (_u, f) => f === '(garbage collector)'],
  ['HTTP, sockets and the event loop (Node)', (u, f) => u.startsWith('node:') || /^(writev|writeBuffer|writeString|writeUtf8String|runMicrotasks|\(program\))$/.test(f) || f === ''],
];

/** µs per request by stage, from the largest .cpuprofile in `dir`; idle time is left out. */
export function stagesFromProfile(dir: string, requests: number): { stage: string; micros: number }[] {
  const file = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).map((f) => join(dir, f))[0];
  if (!file) throw new Error(`no CPU profile in ${dir}`);
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const totals = new Map<string, number>();
  for (const node of profile.nodes) {
    const time = self.get(node.id);
    if (!time || node.callFrame.functionName === '(idle)') continue;
    const { url, functionName } = node.callFrame;
    const stage = rules.find(([, test]) => test(url, functionName))?.[0] ?? 'other';
    totals.set(stage, (totals.get(stage) ?? 0) + time);
  }
  return [...rules.map(([stage]) => stage), 'other']
    .filter((stage) => totals.has(stage))
    .map((stage) => ({ stage, micros: totals.get(stage)! / requests }));
}

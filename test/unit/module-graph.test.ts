// The import graph of src/: no cycles (type-only imports included, since a type cycle ties two modules' designs
// together just the same), and dependencies that point one way: routes and plugins use the domain, never the other way,
// and no plugin reaches into a route.
import madge from 'madge';
import { beforeAll, describe, expect, it } from 'vitest';

let graph: Record<string, string[]>;
let cycles: string[][];

beforeAll(async () => {
  const result = await madge('src/server.ts', {
    fileExtensions: ['ts'],
    tsConfig: 'tsconfig.json',
    detectiveOptions: { ts: { skipTypeImports: false }, es6: { skipTypeImports: false } },
  });
  graph = result.obj();
  cycles = result.circular();
});

const importsOf = (from: string, to: string) =>
  Object.entries(graph)
    .filter(([file]) => file.startsWith(from))
    .flatMap(([file, deps]) => deps.filter((dep) => dep.startsWith(to)).map((dep) => `${file} -> ${dep}`));

describe('the module graph of src/', () => {
  it('reaches every module from the server', () => {
    expect(Object.keys(graph)).toEqual(expect.arrayContaining(['app.ts', 'messages/service.ts', 'plugins/docs.ts', 'routes/messages.ts']));
  });

  it('has no import cycle, type-only imports included', () => {
    expect(cycles).toEqual([]);
  });

  it('keeps the domain free of the HTTP layer', () => {
    expect([...importsOf('messages/', 'plugins/'), ...importsOf('messages/', 'routes/'), ...importsOf('messages/', 'app.ts')]).toEqual([]);
  });

  it('has no plugin importing a route', () => {
    expect(importsOf('plugins/', 'routes/')).toEqual([]);
  });
});

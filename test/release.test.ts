// What legal and release reviewers read: one licence named alike everywhere it is stated.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openapiInfo } from '../src/openapi-info.js';

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
const json = (path: string) => JSON.parse(read(path));

describe('licence', () => {
  it('is MIT in LICENSE, both package.json files and the OpenAPI info, as served and as committed', () => {
    const licence = read('LICENSE');
    expect(licence).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} \S.*\n/);
    expect(licence).toContain('Permission is hereby granted, free of charge, to any person obtaining a copy');
    expect(licence).toContain('THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND');
    // npm packs the LICENSE beside the client's package.json, so the client carries the same text.
    expect(read('clients/typescript/LICENSE')).toBe(licence);
    expect(json('package.json').license).toBe('MIT');
    expect(json('package-lock.json').packages[''].license).toBe('MIT');
    expect(json('clients/typescript/package.json').license).toBe('MIT');
    expect(openapiInfo.info.license).toEqual({ name: 'MIT', identifier: 'MIT' });
    expect(json('openapi/openapi.json').info.license).toEqual({ name: 'MIT', identifier: 'MIT' });
  });
});

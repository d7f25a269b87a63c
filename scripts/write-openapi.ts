// Writes the OpenAPI document the app serves to openapi/openapi.json (a test fails when they differ).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildApp } from '../src/app.js';
import { defaultConfig } from '../src/config.js';
import { projectRoot } from '../src/project-root.js';

const app = await buildApp(defaultConfig());
const file = join(projectRoot(), 'openapi', 'openapi.json');
writeFileSync(file, JSON.stringify(app.swagger(), null, 2) + '\n');
await app.close();
console.log(`wrote ${file}`);

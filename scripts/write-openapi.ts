// Writes the OpenAPI document the app serves to openapi/openapi.json, and the JSON Schema of the variables a
// template may use to openapi/template-variables.json (a test fails when either differs from the code).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildApp } from '../src/app.js';
import { defaultConfig } from '../src/config.js';
import { templateVariablesSchema } from '../src/messages/view-model.js';
import { projectRoot } from '../src/project-root.js';

// The contract does not depend on the store: an in-memory one writes nothing.
const app = await buildApp({ ...defaultConfig(), dataDir: ':memory:' });
const file = join(projectRoot(), 'openapi', 'openapi.json');
writeFileSync(file, JSON.stringify(app.swagger(), null, 2) + '\n');
await app.close();
console.log(`wrote ${file}`);
const variables = join(projectRoot(), 'openapi', 'template-variables.json');
writeFileSync(variables, JSON.stringify(templateVariablesSchema(), null, 2) + '\n');
console.log(`wrote ${variables}`);

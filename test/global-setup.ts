// Before the suite: precompile the templates (as `npm run build` does), so that each test worker loads them
// instead of compiling thousands of Handlebars templates on its own.
import { execFileSync } from 'node:child_process';

export default function setup() {
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/precompile-templates.ts'], { stdio: 'ignore' });
}

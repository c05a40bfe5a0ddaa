// A bench client on its own loopback address (127.x.y.z), with its own keep-alive connection, as a
// client on a network would be: the server's per-client caps (connections, analyses at once, budgets)
// see one person per client, so a section measures the work it names, not those caps' refusals.
import { Agent, request } from 'node:http';

export interface Answer {
  status: number;
  body: string;
}

export interface LoopbackClient {
  send: (method: string, path: string, body?: unknown) => Promise<Answer>;
  /** Sends a body already serialised (the load loops reuse one string). */
  sendRaw: (method: string, path: string, payload?: string) => Promise<Answer>;
  close: () => void;
}

export function loopbackClient(port: number, address: string): LoopbackClient {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const sendRaw = (method: string, path: string, payload?: string): Promise<Answer> =>
    new Promise((resolve) => {
      const req = request(
        { host: '127.0.0.1', port, method, path, localAddress: address, agent, headers: payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {} },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk) => (text += chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
          res.on('error', () => resolve({ status: 0, body: '' }));
        },
      );
      req.on('error', () => resolve({ status: 0, body: '' }));
      req.end(payload);
    });
  return {
    send: (method, path, body) => sendRaw(method, path, body === undefined ? undefined : JSON.stringify(body)),
    sendRaw,
    close: () => agent.destroy(),
  };
}

/** The address of client `i` in group `group` (each section its own group, so no two sections share a client). */
export const loopbackAddress = (group: number, i: number) => `127.0.${group}.${10 + i}`;

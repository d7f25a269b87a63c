// API keys: "dmk_<id>_<secret>". The id is the visible prefix that tells keys apart in lists and logs; the secret is
// 256 random bits, shown once and stored only as its SHA-256 (a slow password hash buys nothing for a random secret
// of that size), and compared with the stored hash in constant time.
import { hash, randomBytes, timingSafeEqual } from 'node:crypto';

const keyPattern = /^dmk_([A-Za-z0-9]{12})_([A-Za-z0-9_-]{43})$/;

/** 12 characters of [A-Za-z0-9]: 71 bits, enough that ids never collide in practice, short enough to read in a log. */
function randomId(length = 12): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let out = '';
  // Rejection sampling: 248 is the largest multiple of 62 below 256, so every character is equally likely.
  while (out.length < length) for (const byte of randomBytes(length * 2)) if (byte < 248 && out.length < length) out += alphabet[byte % 62];
  return out;
}

export const newTenantId = () => `tnt_${randomId()}`;

export const hashSecret = (secret: string) => hash('sha256', secret, 'hex');

export interface NewKey {
  id: string;
  /** The whole key, shown to the caller once. */
  apiKey: string;
  secretHash: string;
}

export function newApiKey(): NewKey {
  const id = randomId();
  const secret = randomBytes(32).toString('base64url');
  return { id, apiKey: `dmk_${id}_${secret}`, secretHash: hashSecret(secret) };
}

export interface PresentedKey {
  id: string;
  /** The SHA-256 of the secret, as bytes. */
  secretHash: Buffer;
}

/** The key's id and the hash of its secret, or undefined for a string that is not one of our keys. */
export function parseApiKey(apiKey: string): PresentedKey | undefined {
  const match = keyPattern.exec(apiKey);
  return match ? { id: match[1]!, secretHash: hash('sha256', match[2]!, 'buffer') } : undefined;
}

/** Whether a stored hash (bytes) and a presented one are equal, in time that does not depend on where they differ. */
export function sameHash(stored: Buffer, presented: Buffer): boolean {
  return stored.length === presented.length && timingSafeEqual(stored, presented);
}

/** What a log may show of a key: its visible prefix. */
export const keyPrefix = (id: string) => `dmk_${id}`;

import { parseReleaseList, type GoRelease } from '../../../src-shared/go/releases';
import { HttpError, httpGet, type HttpGet } from './http-get';

/**
 * Fetch the official release list (the only source of checksums) from the
 * first source that answers. HTTPS only: a checksum that came over plain HTTP
 * could have been rewritten together with the file. Loopback HTTP is allowed
 * only when the caller says so (tests serve the list from 127.0.0.1).
 */
export interface ReleaseListOptions {
  readonly sources: readonly string[];
  readonly arch: string;
  readonly get?: HttpGet;
  readonly signal?: AbortSignal;
  readonly timeoutMs?: number;
  readonly allowLoopbackHttp?: boolean;
  /** Refuse lists larger than this (the real one with include=all is a few MB). */
  readonly maxBytes?: number;
}

export interface ReleaseList {
  readonly source: string;
  readonly releases: GoRelease[];
}

export function isTrustedListUrl(url: string, allowLoopbackHttp: boolean): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol === 'https:') return true;
  return allowLoopbackHttp && u.protocol === 'http:' && (u.hostname === '127.0.0.1' || u.hostname === '[::1]' || u.hostname === 'localhost');
}

export async function fetchReleaseList(options: ReleaseListOptions): Promise<ReleaseList> {
  const get = options.get ?? httpGet;
  const errors: string[] = [];
  const causes: string[] = [];
  for (const source of options.sources) {
    if (!isTrustedListUrl(source, options.allowLoopbackHttp ?? false)) {
      errors.push(`${source}: not HTTPS, refused`);
      causes.push('NOT_HTTPS');
      continue;
    }
    try {
      const text = await fetchText(get, source, options);
      return { source, releases: parseReleaseList(JSON.parse(text), options.arch) };
    } catch (e) {
      if (e instanceof HttpError && e.code === 'CANCELLED') throw e;
      errors.push(`${source}: ${(e as Error).message}`);
      causes.push(e instanceof HttpError ? e.code : 'BAD_LIST');
    }
  }
  throw new HttpError(`no release list could be read: ${errors.join('; ')}`, 'RELEASE_LIST_UNAVAILABLE', causes);
}

async function fetchText(get: HttpGet, url: string, options: ReleaseListOptions): Promise<string> {
  const timeout = options.timeoutMs ?? 15000;
  const res = await get(url, { signal: options.signal, headersTimeoutMs: timeout, idleTimeoutMs: timeout });
  if (res.status !== 200) {
    res.body.destroy();
    throw new HttpError(`HTTP ${res.status}`, `HTTP_${res.status}`);
  }
  const max = options.maxBytes ?? 32 * 1024 * 1024;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of res.body as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > max) {
      res.body.destroy();
      throw new HttpError('release list too large', 'TOO_LARGE');
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

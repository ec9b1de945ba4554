/**
 * WebExtension match patterns (scheme://host/path), checked before they reach a manifest API,
 * so an admin's typo is a message in the options page rather than a silent failure.
 */
const PATTERN = /^(\*|https?):\/\/(\*|(?:\*\.)?[^/*:]+)(\/.*)$/;

export interface ParsedPattern {
  scheme: string;
  host: string;
  path: string;
}

export function parseMatchPattern(pattern: string): ParsedPattern | null {
  const match = PATTERN.exec(pattern.trim());
  if (!match) return null;
  const [, scheme, host, path] = match as unknown as [string, string, string, string];
  return { scheme, host, path };
}

/** A site gets host access, so it must name its hosts: no <all_urls>, no "every host". */
export function isSitePattern(pattern: string): boolean {
  const parsed = parseMatchPattern(pattern);
  return !!parsed && parsed.host !== '*';
}

const escape = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

export function matchesUrl(pattern: string, url: string): boolean {
  const parsed = parseMatchPattern(pattern);
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return false;
  }
  if (!parsed) return false;
  const scheme = target.protocol.slice(0, -1);
  if (parsed.scheme === '*' ? !['http', 'https'].includes(scheme) : parsed.scheme !== scheme) return false;
  const host = target.hostname;
  if (parsed.host !== '*') {
    const wildcard = parsed.host.startsWith('*.');
    const base = wildcard ? parsed.host.slice(2) : parsed.host;
    if (!(host === base || (wildcard && host.endsWith(`.${base}`)))) return false;
  }
  const path = new RegExp(`^${parsed.path.split('*').map(escape).join('.*')}$`);
  return path.test(target.pathname + target.search);
}

/** The pattern that covers a whole site, e.g. https://timebok.example.no/*; browsers ignore ports. */
export function sitePatternOf(url: string): string | null {
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'https:' || protocol === 'http:' ? `${protocol}//${hostname}/*` : null;
  } catch {
    return null;
  }
}

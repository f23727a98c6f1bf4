/**
 * An author-supplied web address: `https:` or `http:`, absolute or relative to the page. The
 * name tells tools (the manifest, the embed-code builder, the WordPress panels) to check it as
 * the elements do.
 */
export type HttpUrl = string;

/**
 * Author-supplied URLs are accepted only as http: or https: (relative ones resolve against
 * document.baseURI). Everything else — javascript:, data:, vbscript:, blob:, garbage — is
 * rejected: the caller warns and uses its default.
 */
export function safeHttpUrl(input: unknown, base?: string): string | undefined {
  if (typeof input !== 'string') return undefined;
  const raw = input.trim();
  if (!raw) return undefined;
  let url: URL;
  try {
    const b = base ?? (typeof document !== 'undefined' ? document.baseURI : undefined);
    url = b ? new URL(raw, b) : new URL(raw);
  } catch {
    return undefined;
  }
  return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
}

export function slug(text: string): string;
export function markdown(
  md: string,
  options?: { link?: (href: string) => string | null; example?: ((code: string) => string) | null },
): string;
export function writeSitePages(
  out: string,
  input: { manifest: unknown; hashes: Record<string, string>; root: string },
): number;

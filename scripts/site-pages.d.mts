export function readmeSection(readme: string, tag: string): { paragraphs: string[]; examples: string[] };
export function writeSitePages(
  out: string,
  input: { manifest: unknown; readme: string; hash: string; root: string },
): number;

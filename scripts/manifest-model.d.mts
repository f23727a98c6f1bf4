// Types for manifest-model.mjs (plain JS so Node scripts can run it without a build step).
export type Kind = 'enum' | 'boolean' | 'date' | 'url' | 'number' | 'text';
export interface Attr {
  name: string;
  property: string;
  kind: Kind;
  values?: string[];
  default?: string;
  /** The whole description (the API tables). */
  description: string;
  /** For people: the description's bold lead-in (`**Time zone.**`), else the name in words. */
  label: string;
  /** The description without its label. */
  hint: string;
}
export interface Evt {
  name: string;
  type: string;
  description: string;
}
export interface ElementModel {
  tag: string;
  className: string;
  summary: string;
  description: string;
  module: string;
  /** Its own drop-in file: endht-<folder>.js. */
  file: string;
  attributes: Attr[];
  properties: { name: string; type: string; readonly: boolean; description: string }[];
  events: Evt[];
  slots: { name: string; description: string }[];
  parts: { name: string; description: string }[];
  cssProperties: { name: string; default?: string; description: string }[];
}
export function attributeModel(a: unknown): Attr;
export function labelOf(name: string, description: string): { label: string; hint: string };
export function elementsFromManifest(manifest: unknown): ElementModel[];
export function isHttpUrl(raw: string | null | undefined, base?: string): boolean;
export function nonDefaultAttributes(
  element: ElementModel,
  values: Record<string, string | boolean | undefined>,
): [string, string][];
export function tagSnippet(tag: string, attrs: [string, string][]): string;
export function acceptedValues(a: Attr): ['code' | 'text', string][];
export const EVENTS_NOTE: string;

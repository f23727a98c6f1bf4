// The embed-code builder (demo/builder.html): pick an element, set its attributes with controls
// generated from custom-elements.json, see it live, copy a snippet that works on a blank page.
//
// The snippet loads either the full drop-in file (every widget) or the widget's own file
// (dist/endht-<name>.js). The preview is an <iframe> holding a blank page that loads that BUILT
// file with the same integrity hash and crossorigin as the snippet, and the same tag: what you
// see is what the snippet gives. The widgets speak their page's language, so the widgets' language sets the
// preview page's <html lang>; the builder's own interface has its own language switch (English or French) and
// never follows the widgets'. Options are labelled for people: each attribute's description in the manifest
// starts with its label in bold (scripts/manifest-model.mjs, labelOf). "Preview as of…" shows the widget on
// another date through the preview page's #endht-date= (never in the snippet). The snippet loads the file
// from the site's own folder or, pinned to the version, from the npm CDN.
import { DROP_IN_TAGS } from '../src/entries/tags.js';
import {
  elementsFromManifest,
  isHttpUrl,
  nonDefaultAttributes,
  tagSnippet,
  type Attr,
  type ElementModel,
} from '../scripts/manifest-model.mjs';
import { EN_CHOICES } from './builder-en.js';
import { FR, frenchSpacing } from './builder-fr.js';

export const LANGUAGES = [
  ['en', 'English'],
  ['fr', 'Français'],
  ['es', 'Español'],
  ['ar', 'العربية'],
  ['zh-Hans', '中文'],
  ['ru', 'Русский'],
] as const;
export type Lang = (typeof LANGUAGES)[number][0];

/** The languages of the builder's own interface. */
export const UI_LANGUAGES = [
  ['en', 'English'],
  ['fr', 'Français'],
] as const;
export type UiLang = (typeof UI_LANGUAGES)[number][0];

/** The standard npm CDN address of a file of a version (jsDelivr). */
export const cdnUrl = (version: string, file: string) =>
  `https://cdn.jsdelivr.net/npm/endht-widgets@${version}/dist/${file}`;

const EN = {
  pageTitle: 'endht-widgets — embed-code builder',
  title: 'Embed-code builder',
  intro: 'Choose a widget and its options, check the preview, then copy the code into your page.',
  element: 'Widget',
  uiLanguage: 'Language of this tool',
  language: 'Your page’s language',
  languageNote:
    'The widgets follow your site’s language setting: the lang of your page’s <html> tag, which most ' +
    'website builders set for you. Choose it here to see the preview in that language.',
  theme: 'Theme',
  light: 'Light',
  dark: 'Dark',
  options: 'Options',
  noOptions: 'This widget has no other options.',
  defaultValue: 'default',
  everyYear: 'Every year',
  month: 'Month',
  day: 'Day',
  badUrl: 'Only web addresses starting with http:// or https:// are accepted.',
  preview: 'Preview',
  previewDate: 'Preview as of…',
  previewDateHint:
    'Shows the widget as it will be on that date, e.g. 30 July to see it on the Day itself, and the takeover. The ' +
    'preview adds #endht-date= to its own address (you can do the same on your page); nothing is remembered meanwhile.',
  previewFrame: 'Preview of the widget',
  hidden:
    'Not shown on this date: outside the dates you chose, closed earlier, or a takeover on a day other than ' +
    '30 July. The code still works.',
  code: 'Code to copy',
  bundleUrl: 'Address of the file',
  bundleHint: 'Where you put the file. Next to your page: just its name.',
  source: 'Where the file comes from',
  sourceFile: 'A file on your own site (download it, then upload it next to your pages)',
  sourceCdn: (version: string) => `The npm CDN (jsDelivr), version ${version}`,
  scope: 'The file to load',
  scopeAll: (file: string) => `All widgets (${file})`,
  scopeOne: (file: string) => `Only this widget (${file}, smaller)`,
  serverNote:
    'Test your page through a web server: Chrome and Edge do not run this file from a page opened from disk (file://).',
  target: 'The code is for',
  targetTags: 'an existing page (paste into its HTML)',
  targetPage: 'a new, blank HTML file (a complete page)',
  copy: 'Copy',
  copied: 'Copied',
  copyFailed: 'Could not copy: select the code and press Ctrl+C (⌘C on a Mac).',
  noHash: 'The integrity hash is missing: run npm run build.',
  langNote: (l: string) => `The widgets speak your page's language: your <html> tag needs lang="${l}".`,
  demo: 'All examples',
};
type Strings = typeof EN;

/** The French interface with French spacing (frenchSpacing), in its texts and in what its functions return. */
function spaced(strings: Strings): Strings {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(strings)) {
    out[key] = typeof value === 'function' ? (arg: string) => frenchSpacing(value(arg)) : frenchSpacing(value);
  }
  return out as Strings;
}

const UI: Record<'en' | 'fr', Strings> = {
  en: EN,
  fr: spaced({
    pageTitle: 'endht-widgets — générateur de code à intégrer',
    title: 'Générateur de code à intégrer',
    intro: 'Choisissez un widget et ses options, vérifiez l’aperçu, puis copiez le code dans votre page.',
    element: 'Widget',
    uiLanguage: 'Langue de cet outil',
    language: 'La langue de votre page',
    languageNote:
      'Les widgets suivent le réglage de langue de votre site : l’attribut lang de la balise <html> de votre ' +
      'page, que la plupart des outils de création de site règlent pour vous. Choisissez-la ici pour voir ' +
      'l’aperçu dans cette langue.',
    theme: 'Thème',
    light: 'Clair',
    dark: 'Sombre',
    options: 'Options',
    noOptions: 'Ce widget n’a pas d’autre option.',
    defaultValue: 'par défaut',
    everyYear: 'Chaque année',
    month: 'Mois',
    day: 'Jour',
    badUrl: 'Seules les adresses web commençant par http:// ou https:// sont acceptées.',
    preview: 'Aperçu',
    previewDate: 'Aperçu à la date du…',
    previewDateHint:
      'Montre le widget tel qu’il sera à cette date, par exemple le 30 juillet pour la Journée et l’affichage ' +
      'pleine page. L’aperçu ajoute #endht-date= à sa propre adresse (vous pouvez faire de même sur ' +
      'votre page) ; rien n’est mémorisé pendant ce temps.',
    previewFrame: 'Aperçu du widget',
    hidden:
      'Non affiché à cette date : en dehors des dates choisies, fermé auparavant, ou affichage pleine page un ' +
      'autre jour que le 30 juillet. Le code fonctionne quand même.',
    code: 'Code à copier',
    bundleUrl: 'Adresse du fichier',
    bundleHint: 'L’endroit où vous avez mis le fichier. À côté de votre page : son nom seul.',
    source: 'D’où vient le fichier',
    sourceFile: 'Un fichier sur votre propre site (téléchargez-le, puis déposez-le à côté de vos pages)',
    sourceCdn: (version: string) => `Le CDN de npm (jsDelivr), version ${version}`,
    scope: 'Le fichier à charger',
    scopeAll: (file: string) => `Tous les widgets (${file})`,
    scopeOne: (file: string) => `Seulement ce widget (${file}, plus léger)`,
    serverNote:
      'Testez votre page via un serveur web : Chrome et Edge n’exécutent pas ce fichier depuis une page ouverte ' +
      'sur le disque (file://).',
    target: 'Le code est pour',
    targetTags: 'une page existante (à coller dans son HTML)',
    targetPage: 'un nouveau fichier HTML vide (une page complète)',
    copy: 'Copier',
    copied: 'Copié',
    copyFailed: 'Copie impossible : sélectionnez le code et appuyez sur Ctrl+C (⌘C sur Mac).',
    noHash: 'L’empreinte d’intégrité manque : lancez npm run build.',
    langNote: (l: string) =>
      `Les widgets parlent la langue de votre page : votre balise <html> doit porter lang="${l}".`,
    demo: 'Tous les exemples',
  }),
};
/** The interface language asked for, if the builder has it; else English. */
export const uiLang = (lang: string | undefined): UiLang => (lang === 'fr' ? 'fr' : 'en');

export interface BuilderOptions {
  /** URL of custom-elements.json. */
  manifestUrl: string;
  /**
   * URL of the built endht-widgets.js. The per-element files are in the same folder, and each
   * file has its .sri file next to it.
   */
  bundleUrl: string;
  /** Initial state (e.g. from the page's query string). */
  element?: string;
  /** `one`: the widget's own file instead of the full one. */
  scope?: string;
  /** The widgets' language (the preview page's lang). */
  lang?: string;
  /** The builder's own interface language (`en`, `fr`). */
  ui?: string;
  /** `cdn`: the snippet loads the file from the npm CDN; else from the site's own folder. */
  source?: string;
  theme?: string;
  /** URL of the demo page with every example (no link when absent). */
  demoUrl?: string;
  /** Sets the builder page's own language (document.documentElement.lang); default true. */
  ownsDocument?: boolean;
}

export interface Builder {
  elements: ElementModel[];
  /** Resolves when the preview shows the current state. */
  ready(): Promise<void>;
  snippet(): string;
  previewElement(): HTMLElement | null;
  /** The integrity hash of the file the snippet loads ('' when its .sri file is missing). */
  readonly hash: string;
}

/** An attribute's label, hint and choice names in one language, and that language. */
interface Words {
  lang: UiLang;
  label: string;
  hint: string;
  choice: (value: string) => string;
}

/**
 * What the builder shows for an attribute of an element: in French, the French table's words; in English
 * (and for an attribute the French table lacks, which a test forbids), the manifest's label and hint and the
 * English choice names. A value without a name shows as itself.
 */
function wordsOf(tag: string, a: Attr, ui: UiLang): Words {
  const french = ui === 'fr' ? FR[tag]?.attributes[a.name] : undefined;
  if (french) {
    return { lang: 'fr', label: french.label, hint: french.hint, choice: (v) => french.choices?.[v] ?? v };
  }
  const names = EN_CHOICES[tag]?.[a.name];
  return { lang: 'en', label: a.label, hint: a.hint, choice: (v) => names?.[v] ?? v };
}

/** An element's summary in the interface's language, and that language. */
function summaryOf(element: ElementModel, ui: UiLang): { lang: UiLang; text: string } {
  const french = ui === 'fr' ? FR[element.tag]?.summary : undefined;
  return french ? { lang: 'fr', text: french } : { lang: 'en', text: element.summary };
}

/** The theme is the top-level switcher, not one of the generated options. */
const SWITCHED = new Set(['theme']);

function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<string, string>> = {},
  ...children: (Node | string)[]
) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) if (v !== undefined) el.setAttribute(k, v);
  el.append(...children);
  return el;
}

/** JSDoc text with `code` spans as <code> elements (never as HTML). */
function withCode(text: string): (Node | string)[] {
  return text.split('`').map((part, i) => (i % 2 ? h('code', {}, part) : part));
}

export async function mountBuilder(root: HTMLElement, opts: BuilderOptions): Promise<Builder> {
  const elements = elementsFromManifest(await fetch(opts.manifestUrl).then((r) => r.json()));
  if (!elements.length) throw new Error(`${opts.manifestUrl} lists no element`);
  const fullFile = new URL(opts.bundleUrl, location.href);
  /** The integrity hash of each file (its .sri file), fetched once. */
  const hashes = new Map<string, Promise<string>>();
  const integrityOf = (url: string) => {
    if (!hashes.has(url)) {
      const read = fetch(`${url}.sri`)
        .then((r) => (r.ok ? r.text() : ''))
        .catch(() => '')
        .then((text) => (/^sha384-[A-Za-z0-9+/=]+$/.test(text.trim()) ? text.trim() : ''));
      hashes.set(url, read);
    }
    return hashes.get(url) ?? Promise.resolve('');
  };

  const state = {
    tag: (
      elements.find((e) => e.tag === opts.element) ??
      elements.find((e) => e.tag === 'endht-countdown') ??
      elements[0]
    ).tag,
    lang: (LANGUAGES.some(([l]) => l === opts.lang) ? opts.lang : 'en') as Lang,
    ui: uiLang(opts.ui),
    /** `file`: the site's own copy (the address in srcInput); `cdn`: the npm CDN, pinned to the version. */
    source: opts.source === 'cdn' ? 'cdn' : 'file',
    /** The version of the built file (read from the preview), for the CDN address. */
    version: '',
    theme: opts.theme === 'dark' ? 'dark' : 'light',
    /** `all`: the full file; `one`: the widget's own file. */
    scope: opts.scope === 'one' ? 'one' : 'all',
    values: {} as Record<string, string | boolean>,
    src: '',
    page: false,
    /** The integrity hash of the file the snippet loads. */
    hash: '',
    /** The date the preview shows (`YYYY-MM-DD`), or '' for today. */
    previewDate: '',
  };
  const current = () => elements.find((e) => e.tag === state.tag) ?? elements[0];
  /** A widget shipped only in its own file (not in the full one, e.g. <endht-help>). */
  const ownFileOnly = () => !(DROP_IN_TAGS as readonly string[]).includes(state.tag);
  /** The file the snippet and the preview load: its name and its URL here. */
  const file = () => {
    const own = state.scope === 'one' || ownFileOnly();
    const name = own ? current().file : (fullFile.pathname.split('/').pop() ?? 'endht-widgets.js');
    return { name, url: new URL(name, fullFile).href };
  };
  state.src = file().name;
  let t: Strings = UI[state.ui];

  // ---- Static skeleton (texts filled by relabel()) ----
  const id = (s: string) => `b-${s}`;
  const title = h('h1', { id: id('title') });
  const uiSelect = h('select', { id: id('ui') });
  for (const [code, name] of UI_LANGUAGES) uiSelect.append(h('option', { value: code, lang: code }, name));
  const uiLabel = h('label', { for: id('ui') });
  const intro = h('p', { class: 'intro' });
  const demoLink = h('a', { href: opts.demoUrl ?? '' });
  const elSelect = h('select', { id: id('element') });
  for (const e of elements) elSelect.append(h('option', { value: e.tag }, `<${e.tag}>`));
  const elLabel = h('label', { for: id('element') });
  const summary = h('p', { id: id('summary'), class: 'summary' });
  elSelect.setAttribute('aria-describedby', id('summary'));
  const langSelect = h('select', { id: id('lang') });
  for (const [code, name] of LANGUAGES) langSelect.append(h('option', { value: code, lang: code }, name));
  const langLabel = h('label', { for: id('lang') });
  const langNote = h('p', { id: id('lang-note'), class: 'hint' });
  langSelect.setAttribute('aria-describedby', id('lang-note'));
  const themeSelect = h('select', { id: id('theme') }, h('option', { value: 'light' }), h('option', { value: 'dark' }));
  const themeLabel = h('label', { for: id('theme') });
  const legend = h('legend');
  const controls = h('div', { class: 'fields' });
  const fieldset = h('fieldset', { class: 'options' }, legend, controls);
  const form = h(
    'form',
    { class: 'choose', 'aria-labelledby': id('title') },
    h('div', { class: 'field' }, elLabel, elSelect, summary),
    h(
      'div',
      { class: 'row' },
      h('div', { class: 'field' }, langLabel, langSelect),
      h('div', { class: 'field' }, themeLabel, themeSelect),
    ),
    langNote,
    fieldset,
  );
  form.addEventListener('submit', (e) => e.preventDefault());

  const previewH = h('h2', { id: id('preview-h') });
  const previewDateInput = h('input', {
    type: 'date',
    id: id('preview-date'),
    'aria-describedby': id('preview-date-hint'),
  });
  const previewDateLabel = h('label', { for: id('preview-date') });
  const previewDateHint = h('p', { id: id('preview-date-hint'), class: 'hint' });
  const frame = h('iframe', { class: 'preview', id: id('preview') });
  const hiddenNote = h('p', { class: 'note', id: id('hidden'), hidden: '' });
  const previewSection = h(
    'section',
    { 'aria-labelledby': id('preview-h'), class: 'preview-box' },
    previewH,
    h('div', { class: 'field' }, previewDateLabel, previewDateInput, previewDateHint),
    frame,
    hiddenNote,
  );

  const codeH = h('h2', { id: id('code-h') });
  const srcInput = h('input', {
    id: id('src'),
    type: 'text',
    spellcheck: 'false',
    autocomplete: 'off',
    'aria-describedby': id('src-hint'),
  });
  srcInput.value = state.src;
  const srcLabel = h('label', { for: id('src') });
  const srcHint = h('p', { id: id('src-hint'), class: 'hint' });
  const scopeLegend = h('legend');
  const radioAll = h('input', { type: 'radio', name: 'b-scope', id: id('scope-all'), value: 'all' });
  const radioOne = h('input', { type: 'radio', name: 'b-scope', id: id('scope-one'), value: 'one' });
  radioAll.checked = state.scope === 'all';
  radioOne.checked = state.scope === 'one';
  const radioAllLabel = h('label', { for: id('scope-all') });
  const radioOneLabel = h('label', { for: id('scope-one') });
  const sourceLegend = h('legend');
  const radioFile = h('input', { type: 'radio', name: 'b-source', id: id('source-file'), value: 'file' });
  const radioCdn = h('input', { type: 'radio', name: 'b-source', id: id('source-cdn'), value: 'cdn' });
  radioFile.checked = state.source === 'file';
  radioCdn.checked = state.source === 'cdn';
  const radioFileLabel = h('label', { for: id('source-file') });
  const radioCdnLabel = h('label', { for: id('source-cdn') });
  const sourceSet = h(
    'fieldset',
    { class: 'target' },
    sourceLegend,
    h('div', {}, radioFile, radioFileLabel),
    h('div', {}, radioCdn, radioCdnLabel),
  );
  const srcField = h('div', { class: 'field' }, srcLabel, srcInput, srcHint);
  const scopeSet = h(
    'fieldset',
    { class: 'target' },
    scopeLegend,
    h('div', {}, radioAll, radioAllLabel),
    h('div', {}, radioOne, radioOneLabel),
  );
  const targetLegend = h('legend');
  const radioTags = h('input', { type: 'radio', name: 'b-target', id: id('target-tags'), value: 'tags' });
  const radioPage = h('input', { type: 'radio', name: 'b-target', id: id('target-page'), value: 'page' });
  radioTags.checked = true;
  const radioTagsLabel = h('label', { for: id('target-tags') });
  const radioPageLabel = h('label', { for: id('target-page') });
  const targetSet = h(
    'fieldset',
    { class: 'target' },
    targetLegend,
    h('div', {}, radioTags, radioTagsLabel),
    h('div', {}, radioPage, radioPageLabel),
  );
  const code = h('code', { id: id('snippet') });
  const pre = h('pre', { tabindex: '0', 'aria-labelledby': id('code-h') }, code);
  const copyBtn = h('button', { type: 'button', id: id('copy') });
  const status = h('p', { role: 'status', 'aria-live': 'polite', id: id('status'), class: 'status' });
  const hashNote = h('p', { class: 'error', hidden: '' });
  const serverNote = h('p', { class: 'hint' });
  const codeSection = h(
    'section',
    { 'aria-labelledby': id('code-h'), class: 'code-box' },
    codeH,
    scopeSet,
    sourceSet,
    srcField,
    targetSet,
    pre,
    hashNote,
    h('div', { class: 'copy-row' }, copyBtn, status),
    serverNote,
  );

  root.replaceChildren(
    h(
      'header',
      { class: 'top' },
      title,
      h('div', { class: 'field ui-lang' }, uiLabel, uiSelect),
      ...(opts.demoUrl ? [demoLink] : []),
    ),
    h('main', {}, intro, h('div', { class: 'layout' }, form, h('div', { class: 'out' }, previewSection, codeSection))),
  );

  // ---- Generated controls ----
  function buildControls() {
    const el = current();
    state.values = {};
    controls.replaceChildren();
    const shown = el.attributes.filter((a) => !SWITCHED.has(a.name));
    if (!shown.length) controls.append(h('p', { class: 'ui-no-options' }, t.noOptions));
    for (const a of shown) controls.append(control(a));
  }

  /** The generated controls' labels, hints and choice names, in the interface's language. */
  function labelControls() {
    const el = current();
    const about = summaryOf(el, state.ui);
    summary.textContent = about.text;
    summary.lang = about.lang;
    for (const a of el.attributes) {
      const field = controls.querySelector<HTMLElement>(`[data-attr="${a.name}"]`);
      if (!field) continue;
      const words = wordsOf(el.tag, a, state.ui);
      const name = field.querySelector<HTMLElement>('.ui-label');
      const hint = field.querySelector<HTMLElement>('.ui-hint');
      if (name) {
        name.textContent = words.label;
        name.lang = words.lang;
      }
      if (hint) {
        hint.replaceChildren(...withCode(words.hint));
        hint.lang = words.lang;
      }
      for (const o of field.querySelector<HTMLSelectElement>('select.ui-choices')?.options ?? [])
        labelChoice(o, a, words);
    }
  }

  /** A choice's name, with "(default)" after the default one; the "(default)" choice of a value-less default. */
  function labelChoice(option: HTMLOptionElement, a: Attr, words: Words) {
    if (!option.value) option.textContent = `(${t.defaultValue})`;
    else if (option.value === a.default) option.textContent = `${words.choice(option.value)} (${t.defaultValue})`;
    else option.textContent = words.choice(option.value);
  }

  function control(a: Attr): HTMLElement {
    const cid = id(`attr-${a.name}`);
    const hintId = `${cid}-hint`;
    // The label, the hint and the choices' names are written by labelControls(), in the interface's language.
    const hint = h('p', { id: hintId, class: 'hint ui-hint' });
    const name = h('span', { class: 'ui-label' });
    const wrap = h('div', { class: `field kind-${a.kind}`, 'data-attr': a.name });
    const set = (v: string | boolean) => {
      state.values[a.name] = v;
      update();
    };
    if (a.kind === 'boolean') {
      const box = h('input', { type: 'checkbox', id: cid, 'aria-describedby': hintId });
      box.addEventListener('change', () => set(box.checked));
      wrap.append(h('div', { class: 'check' }, box, h('label', { for: cid }, name)), hint);
      return wrap;
    }
    const label = h('label', { for: cid }, name);
    if (a.kind === 'enum') {
      const sel = h('select', { id: cid, class: 'ui-choices', 'aria-describedby': hintId });
      for (const v of a.values ?? []) sel.append(h('option', { value: v }));
      if (!a.default) sel.prepend(h('option', { value: '' }));
      sel.value = a.default ?? '';
      sel.addEventListener('change', () => set(sel.value));
      wrap.append(label, sel, hint);
      return wrap;
    }
    if (a.kind === 'date') return dateControl(a, wrap, label, hint, set);
    const input = h('input', {
      id: cid,
      type: a.kind === 'number' ? 'number' : 'text',
      'aria-describedby': hintId,
      spellcheck: 'false',
      autocomplete: 'off',
    });
    if (a.kind === 'number') {
      input.step = 'any';
      if (a.default !== undefined) input.placeholder = a.default;
    }
    if (a.kind === 'url') {
      input.inputMode = 'url';
      input.placeholder = 'https://';
      const errId = `${cid}-error`;
      const err = h('p', { id: errId, class: 'error ui-bad-url', hidden: '' });
      input.addEventListener('input', () => {
        const ok = isHttpUrl(input.value, 'https://example.org/');
        err.hidden = ok;
        err.textContent = t.badUrl;
        if (ok) {
          input.removeAttribute('aria-invalid');
          input.setAttribute('aria-describedby', hintId);
        } else {
          input.setAttribute('aria-invalid', 'true');
          input.setAttribute('aria-describedby', `${errId} ${hintId}`);
        }
        set(input.value);
      });
      wrap.append(label, input, err, hint);
      return wrap;
    }
    input.addEventListener('input', () => set(input.value));
    wrap.append(label, input, hint);
    return wrap;
  }

  /**
   * A date: one day (a date picker), or "Every year" (a month and a day, no year: `MM-DD`, as a
   * DateString takes it). Ticking "Every year" keeps the month and day already picked.
   */
  function dateControl(
    a: Attr,
    wrap: HTMLElement,
    label: HTMLElement,
    hint: HTMLElement,
    set: (v: string) => void,
  ): HTMLElement {
    const cid = id(`attr-${a.name}`);
    const input = h('input', { type: 'date', id: cid, 'aria-describedby': hint.id });
    const yearly = h('input', { type: 'checkbox', id: `${cid}-yearly` });
    const month = h('select', { id: `${cid}-month`, class: 'ui-month' });
    const day = h('select', { id: `${cid}-day`, class: 'ui-day' });
    const monthLabel = h('label', { for: month.id, class: 'ui-month-label' }, t.month);
    const dayLabel = h('label', { for: day.id, class: 'ui-day-label' }, t.day);
    const monthDay = h(
      'div',
      { class: 'month-day', hidden: '' },
      h('div', { class: 'field' }, monthLabel, month),
      h('div', { class: 'field' }, dayLabel, day),
    );
    fillMonths(month);
    fillDays(day, 1);
    const two = (n: string | number) => String(n).padStart(2, '0');
    const write = () => {
      if (yearly.checked) set(month.value && day.value ? `${two(month.value)}-${two(day.value)}` : '');
      else set(input.value); // YYYY-MM-DD or ''
    };
    yearly.addEventListener('change', () => {
      if (yearly.checked && input.value) {
        month.value = String(Number(input.value.slice(5, 7)));
        fillDays(day, Number(month.value));
        day.value = String(Number(input.value.slice(8, 10)));
      }
      input.hidden = yearly.checked;
      monthDay.hidden = !yearly.checked;
      write();
    });
    month.addEventListener('change', () => {
      fillDays(day, Number(month.value));
      write();
    });
    day.addEventListener('change', write);
    input.addEventListener('input', write);
    input.addEventListener('change', write);
    const yearlyLabel = h('label', { for: yearly.id, class: 'ui-yearly' }, t.everyYear);
    wrap.append(label, input, h('div', { class: 'check' }, yearly, yearlyLabel), monthDay, hint);
    return wrap;
  }

  /** The twelve months, named in the interface's language, and an empty first choice. */
  function fillMonths(select: HTMLSelectElement) {
    const name = new Intl.DateTimeFormat(state.ui, { month: 'long', timeZone: 'UTC' });
    const keep = select.value;
    select.replaceChildren(h('option', { value: '' }, '—'));
    for (let m = 1; m <= 12; m++)
      select.append(h('option', { value: String(m) }, name.format(Date.UTC(2000, m - 1, 1))));
    select.value = keep;
  }

  /** The days of a month in any year (29 February included: it comes every leap year). */
  function fillDays(select: HTMLSelectElement, month: number) {
    const days = new Date(Date.UTC(2000, month || 1, 0)).getUTCDate();
    const keep = Number(select.value);
    select.replaceChildren(h('option', { value: '' }, '—'));
    for (let d = 1; d <= days; d++) select.append(h('option', { value: String(d) }, String(d)));
    select.value = keep && keep <= days ? String(keep) : '';
  }

  // ---- Snippet ----
  function attrs(): [string, string][] {
    const list = nonDefaultAttributes(current(), { ...state.values, theme: state.theme });
    return list;
  }
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  /** The address the snippet loads: the site's own copy, or the npm CDN pinned to the version. */
  function source(): string {
    if (state.source === 'cdn' && state.version) return cdnUrl(state.version, file().name);
    return state.src.trim() || file().name;
  }
  function snippet(): string {
    const src = source();
    const integrity = state.hash ? ` integrity="${state.hash}"` : '';
    const script = `<script type="module" src="${esc(src)}"${integrity} crossorigin="anonymous"></script>`;
    const tag = tagSnippet(state.tag, attrs());
    if (state.page) {
      const dir = state.lang === 'ar' ? ' dir="rtl"' : '';
      return [
        '<!doctype html>',
        `<html lang="${state.lang}"${dir}>`,
        '<head>',
        '  <meta charset="utf-8">',
        '  <meta name="viewport" content="width=device-width, initial-scale=1">',
        '  <title>30 July</title>',
        `  ${script}`,
        '</head>',
        '<body>',
        `  ${tag}`,
        '</body>',
        '</html>',
      ].join('\n');
    }
    const lines = [script];
    if (state.lang !== 'en') lines.push(`<!-- ${UI.en.langNote(state.lang)} -->`);
    lines.push(tag);
    return lines.join('\n');
  }

  // ---- Preview (a blank page with the built file) ----
  let frameReady: Promise<void> = Promise.resolve();
  /** The file the preview page loads, to load a new page when it changes. */
  let frameFile = '';
  /** Loads the file the snippet names into a new blank page, with its integrity hash. */
  async function loadFile() {
    const { url } = file();
    state.hash = await integrityOf(url);
    if (url === frameFile) return;
    frameFile = url;
    const integrity = state.hash ? ` integrity="${state.hash}"` : '';
    const style = 'body{margin:12px;font-family:system-ui,sans-serif;background:#fff}body.dark{background:#08131b}';
    const script = `<script type="module" src="${esc(url)}"${integrity} crossorigin="anonymous"></script>`;
    const head = `<meta charset="utf-8"><style>${style}</style>${script}`;
    const doc = `<!doctype html><html lang="${state.lang}"><head>${head}</head><body></body></html>`;
    frameReady = new Promise((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
    frame.srcdoc = doc;
    hashNote.hidden = state.hash !== '';
  }
  let sizer: ResizeObserver | undefined;
  let renderSeq = 0;
  async function renderPreview() {
    const seq = ++renderSeq;
    await frameReady;
    const doc = frame.contentDocument;
    const win = frame.contentWindow as (Window & typeof globalThis) | null;
    if (seq !== renderSeq || !doc || !win) return;
    const html = doc.documentElement;
    html.lang = state.lang;
    html.dir = state.lang === 'ar' ? 'rtl' : 'ltr';
    doc.body.classList.toggle('dark', state.theme === 'dark');
    // The date the widgets show: the preview page's own #endht-date=, which they read on hashchange.
    const hash = state.previewDate ? `#endht-date=${state.previewDate}` : '';
    if (win.location.hash !== hash) {
      const changed = new Promise((resolve) => win.addEventListener('hashchange', resolve, { once: true }));
      win.location.hash = hash;
      await changed;
      if (seq !== renderSeq) return;
    }
    const el = doc.createElement(state.tag);
    for (const [k, v] of attrs()) el.setAttribute(k, v);
    doc.body.replaceChildren(el);
    sizer?.disconnect();
    // The frame grows with its content (next frame, so the observer never loops).
    // The frame's own observer: its notifications belong to the frame's document.
    sizer = new win.ResizeObserver(() =>
      win.requestAnimationFrame(() => {
        const px = `${Math.max(120, Math.min(900, doc.documentElement.scrollHeight))}px`;
        if (frame.style.blockSize !== px) frame.style.blockSize = px;
      }),
    );
    sizer.observe(doc.body);
    await win.customElements.whenDefined(state.tag);
    // The version of the built file, for the CDN address (every element class carries it).
    const version = (win.customElements.get(state.tag) as unknown as { version?: string } | undefined)?.version;
    if (version && version !== state.version) {
      state.version = version;
      radioCdnLabel.textContent = t.sourceCdn(version);
      radioCdn.disabled = false;
      code.textContent = snippet();
    }
    await (el as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
    const visible = (el as unknown as { visible?: boolean }).visible;
    hiddenNote.hidden = visible !== false;
  }

  let pending: Promise<void> = Promise.resolve();
  function update() {
    status.textContent = '';
    pending = (async () => {
      await loadFile();
      code.textContent = snippet();
      await renderPreview();
    })();
  }

  function relabel() {
    t = UI[state.ui];
    if (opts.ownsDocument !== false) {
      document.documentElement.lang = state.ui;
      document.title = t.pageTitle;
    }
    root.lang = state.ui;
    title.textContent = t.title;
    uiLabel.textContent = t.uiLanguage;
    langNote.textContent = t.languageNote;
    sourceLegend.textContent = t.source;
    radioFileLabel.textContent = t.sourceFile;
    radioCdnLabel.textContent = t.sourceCdn(state.version || '…');
    radioCdn.disabled = !state.version;
    srcField.hidden = state.source === 'cdn';
    for (const n of controls.querySelectorAll('.ui-month-label')) n.textContent = t.month;
    for (const n of controls.querySelectorAll('.ui-day-label')) n.textContent = t.day;
    for (const n of controls.querySelectorAll<HTMLSelectElement>('.ui-month')) fillMonths(n);
    intro.textContent = t.intro;
    demoLink.textContent = t.demo;
    elLabel.textContent = t.element;
    langLabel.textContent = t.language;
    themeLabel.textContent = t.theme;
    const [light, dark] = themeSelect.options;
    if (light) light.textContent = t.light;
    if (dark) dark.textContent = t.dark;
    legend.textContent = t.options;
    previewH.textContent = t.preview;
    previewDateLabel.textContent = t.previewDate;
    previewDateHint.textContent = t.previewDateHint;
    frame.title = t.previewFrame;
    hiddenNote.textContent = t.hidden;
    codeH.textContent = t.code;
    srcLabel.textContent = t.bundleUrl;
    srcHint.textContent = t.bundleHint;
    targetLegend.textContent = t.target;
    radioTagsLabel.textContent = t.targetTags;
    radioPageLabel.textContent = t.targetPage;
    copyBtn.textContent = t.copy;
    hashNote.textContent = t.noHash;
    serverNote.textContent = t.serverNote;
    scopeLegend.textContent = t.scope;
    radioAllLabel.textContent = t.scopeAll(fullFile.pathname.split('/').pop() ?? 'endht-widgets.js');
    // The full file does not contain a widget shipped only in its own file.
    radioAll.disabled = ownFileOnly();
    radioOne.checked = state.scope === 'one' || ownFileOnly();
    radioAll.checked = !radioOne.checked;
    radioOneLabel.textContent = t.scopeOne(current().file);
    for (const n of controls.querySelectorAll('.ui-yearly')) n.textContent = t.everyYear;
    for (const n of controls.querySelectorAll('.ui-bad-url')) n.textContent = t.badUrl;
    for (const n of controls.querySelectorAll('.ui-no-options')) n.textContent = t.noOptions;
    labelControls();
  }

  // ---- Wiring ----
  elSelect.value = state.tag;
  langSelect.value = state.lang;
  uiSelect.value = state.ui;
  themeSelect.value = state.theme;
  /** The address keeps its folder when the file changes: `js/endht-widgets.js` → `js/endht-countdown.js`. */
  const changeFile = (change: () => void) => {
    const before = file().name;
    change();
    const after = file().name;
    if (state.src.endsWith(before)) state.src = state.src.slice(0, -before.length) + after;
    srcInput.value = state.src;
  };
  elSelect.addEventListener('change', () => {
    changeFile(() => (state.tag = elSelect.value));
    buildControls();
    relabel();
    update();
  });
  for (const r of [radioAll, radioOne]) {
    r.addEventListener('change', () => {
      changeFile(() => (state.scope = radioOne.checked ? 'one' : 'all'));
      update();
    });
  }
  // The widgets' language changes the preview and the snippet, never the interface.
  langSelect.addEventListener('change', () => {
    state.lang = langSelect.value as Lang;
    update();
  });
  uiSelect.addEventListener('change', () => {
    state.ui = uiLang(uiSelect.value);
    relabel();
  });
  for (const r of [radioFile, radioCdn]) {
    r.addEventListener('change', () => {
      state.source = radioCdn.checked ? 'cdn' : 'file';
      srcField.hidden = state.source === 'cdn';
      update();
    });
  }
  themeSelect.addEventListener('change', () => {
    state.theme = themeSelect.value;
    update();
  });
  previewDateInput.addEventListener('change', () => {
    state.previewDate = previewDateInput.value;
    update();
  });
  srcInput.addEventListener('input', () => {
    state.src = srcInput.value;
    update();
  });
  for (const r of [radioTags, radioPage]) {
    r.addEventListener('change', () => {
      state.page = radioPage.checked;
      update();
    });
  }
  copyBtn.addEventListener('click', async () => {
    const text = snippet();
    let ok = false;
    try {
      await navigator.clipboard.writeText(text);
      ok = true;
    } catch {
      // Older browsers and non-secure pages: copy from a selected, off-screen textarea.
      const area = h('textarea', { class: 'offscreen', 'aria-hidden': 'true', tabindex: '-1' });
      area.value = text;
      root.append(area);
      area.select();
      try {
        ok = document.execCommand('copy');
      } catch {
        ok = false;
      }
      area.remove();
      copyBtn.focus();
    }
    // Cleared first so the same word is announced again on a second copy.
    status.textContent = '';
    await new Promise((r) => setTimeout(r, 50));
    status.textContent = ok ? t.copied : t.copyFailed;
  });

  buildControls();
  relabel();
  update();

  return {
    elements,
    get hash() {
      return state.hash;
    },
    ready: async () => {
      let p: Promise<void>;
      do {
        p = pending;
        await p;
      } while (p !== pending);
    },
    snippet,
    previewElement: () => frame.contentDocument?.body.firstElementChild as HTMLElement | null,
  };
}

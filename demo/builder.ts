// demo/builder.html's entry: mounts the builder with the page's URLs (data-manifest, data-bundle)
// and the initial state from the query string (?element=endht-blue-heart&lang=fr&theme=dark).
import { mountBuilder } from './builder-app.js';

const root = document.getElementById('builder')!;
const params = new URLSearchParams(location.search);
void mountBuilder(root, {
  manifestUrl: root.dataset.manifest!,
  bundleUrl: root.dataset.bundle!,
  demoUrl: root.dataset.demo,
  element: params.get('element') ?? undefined,
  lang: params.get('lang') ?? undefined,
  theme: params.get('theme') ?? undefined,
});

// demo/builder.html's entry: mounts the builder with the page's URLs (data-manifest, data-bundle)
// and the initial state from the query string
// (?element=endht-blue-heart&scope=one&lang=fr&theme=dark&ui=fr&source=cdn).
import { mountBuilder } from './builder-app.js';

const root = document.getElementById('builder');
const { manifest, bundle, demo } = root?.dataset ?? {};
if (root && manifest && bundle) {
  const params = new URLSearchParams(location.search);
  mountBuilder(root, {
    manifestUrl: manifest,
    bundleUrl: bundle,
    demoUrl: demo,
    element: params.get('element') ?? undefined,
    scope: params.get('scope') ?? undefined,
    lang: params.get('lang') ?? undefined,
    ui: params.get('ui') ?? undefined,
    source: params.get('source') ?? undefined,
    theme: params.get('theme') ?? undefined,
  }).catch((error: unknown) => console.error('The embed-code builder could not start:', error));
}

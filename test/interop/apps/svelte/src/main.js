// As a Svelte app uses the package: the "." entry defines the campaign's six elements
// and follows <html lang>; <endht-help>, which is not in the campaign file, comes from its own entry.
import 'endht-widgets';
import 'endht-widgets/help';
import { mount } from 'svelte';
import App from './App.svelte';

window.__interop = { app: 'svelte', events: [] };
mount(App, { target: document.getElementById('app') });

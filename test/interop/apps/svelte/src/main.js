// As a Svelte app uses the package: the "." entry defines every element and follows <html lang>.
import 'endht-widgets';
import { mount } from 'svelte';
import App from './App.svelte';

window.__interop = { app: 'svelte', events: [] };
mount(App, { target: document.getElementById('app') });

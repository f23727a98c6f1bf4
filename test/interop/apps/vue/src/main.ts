// As a Vue app uses the package: the "." entry defines the campaign's six elements
// and follows <html lang>; <endht-help>, which is not in the campaign file, comes from its own entry.
import 'endht-widgets';
import 'endht-widgets/help';
import { createApp } from 'vue';
import App from './App.vue';

window.__interop = { app: 'vue', events: [] };
createApp(App).mount('#app');

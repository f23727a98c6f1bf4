// As a Vue app uses the package: the "." entry defines every element and follows <html lang>.
import 'endht-widgets';
import { createApp } from 'vue';
import App from './App.vue';

window.__interop = { app: 'vue', events: [] };
createApp(App).mount('#app');

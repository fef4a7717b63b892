// The app: its styles, the app itself, and its service worker (so it opens again with no network).
import './page.css';
import { createApp } from 'vue';
import App from './App.vue';
import { start } from './store.js';

createApp(App).mount('#app');
void start();
if ('serviceWorker' in navigator && import.meta.env.PROD) void navigator.serviceWorker.register('./sw.js');

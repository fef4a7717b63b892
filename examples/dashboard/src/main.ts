// The page: its own Chinese font (so it reads the same on every machine), its styles, and the app.
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
import './page.css';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');

// Mounts the Vue example of docs/frameworks.md (copied to App.vue, and its vite.config.js, by
// consumers/lib/frameworks.mjs).
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');

// Mounts the Svelte example of docs/frameworks.md (copied to App.svelte by consumers/lib/frameworks.mjs).
import { mount } from 'svelte';
import App from './App.svelte';

mount(App, { target: document.getElementById('app') });

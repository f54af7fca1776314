import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';
import { applyToDocument } from './lib/i18n';
import { hasBackend } from './lib/api';

async function start() {
  applyToDocument();
  // `npm run dev:ui` in a plain browser has no Rust shell: the dev server runs the engine
  // (mizan-ui-server) and the page talks to it, so the UI can be worked on.
  // Production builds drop this branch entirely.
  if (import.meta.env.DEV && !hasBackend()) {
    const { installDevBackend } = await import('./lib/dev-backend');
    await installDevBackend();
  }
  mount(App, { target: document.getElementById('app')! });
}

void start();

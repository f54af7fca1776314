// Development only (see main.ts): `npm run dev:ui` in a plain browser has no Rust shell, so
// the page's IPC goes to the real engine that the dev server runs (devEngine in
// tests/ui/engine.mjs), through the UI tests' bridge.
export async function installDevBackend(): Promise<void> {
  const w = window as unknown as { __mizanEngine?: (cmd: string, args: unknown) => Promise<unknown> };
  w.__mizanEngine = async (cmd, args) => {
    const res = await fetch('/__mizan-engine', { method: 'POST', body: JSON.stringify({ cmd, args }) });
    return res.ok ? res.json() : { err: { code: 'engine', message: `the dev server answered ${res.status}: is mizan-ui-server built?` } };
  };
  // A classic script that sets window.__TAURI_INTERNALS__ over window.__mizanEngine.
  await import('../../../tests/ui/ipc-bridge.js');
}

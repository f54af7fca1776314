// The UI tests' page end of the IPC (tests/ui/ipc-bridge.js), used by `npm run dev:ui` only.
declare module '*/ipc-bridge.js';

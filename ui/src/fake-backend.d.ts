// The UI tests' fake backend (tests/ui/fake-backend.js), used by `npm run dev:ui` only.
declare module '*/fake-backend.js';

// Development only (see main.ts): loads the fake backend of the UI tests into the page.
export async function installDevBackend(): Promise<void> {
  // The fake is a classic script that defines globalThis.installMizanFake.
  await import('../../../tests/ui/fake-backend.js');
  const g = globalThis as unknown as { installMizanFake?: (o: object) => void };
  // 'bench': the demo agencies among the sample ones, so the compare view has peers.
  g.installMizanFake?.({ seed: 'bench', persist: true });
}

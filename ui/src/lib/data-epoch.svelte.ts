// Bumped after a restore replaced the whole database: App re-mounts the current screen
// so that nothing shown comes from the database that is gone.
export const dataEpoch = $state({ value: 0 });

export function dataReplaced(): void {
  dataEpoch.value += 1;
}

// Ctrl+Shift+B anywhere asks for a backup: App opens Your data, which makes it (showing
// its progress and any error in the one place that explains backups).
export const backupRequest = $state({ pending: false });

export function requestBackup(): void {
  backupRequest.pending = true;
}

// install_framework fails with one "FILE:LINE:COL: message" per line; shown as a readable list.

export interface LocatedError {
  file: string | null;
  line: number | null;
  column: number | null;
  message: string;
}

/** Splits the message into lines and each into its location and text. */
export function parseFrameworkErrors(message: string): LocatedError[] {
  return message
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((line) => {
      // Greedy file part: a Windows path (C:\x.toml) keeps its drive colon.
      const m = /^(.+):(\d+):(\d+):\s*(.*)$/.exec(line);
      if (!m) return { file: null, line: null, column: null, message: line };
      return { file: m[1], line: Number(m[2]), column: Number(m[3]), message: m[4] };
    });
}

/** Last path component, for display; the full path stays available as a tooltip. */
export function baseName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] || path;
}

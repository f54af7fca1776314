// import_pack refuses a file with `invalid_exchange` and a message "FILE: PATH: what", where
// PATH is the JSON path of the refused value ("$" for the whole document,
// "assessments[2].overall"…). Shown as its parts so the path stands out.

export interface ExchangeError {
  file: string | null;
  path: string | null;
  message: string;
}

/** Splits the message into file, JSON path and text; an unexpected shape is kept whole. */
export function parseExchangeError(message: string): ExchangeError {
  const text = message.trim();
  // The file may hold spaces; the path never does and comes right after the first ": ".
  const m = /^(.+?): (\$|[A-Za-z_$][^\s:]*): ([\s\S]+)$/.exec(text);
  if (!m) return { file: null, path: null, message: text };
  return { file: m[1], path: m[2], message: m[3] };
}

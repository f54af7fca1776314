// Screens are chosen by a small route value mirrored in the URL hash, so a reload (or the
// webview restoring) comes back to the same screen. No router library is needed.

export type Route =
  | { name: 'home' }
  | { name: 'new' }
  | { name: 'questionnaire'; id: string; jump?: 'unanswered' }
  | { name: 'results'; id: string }
  | { name: 'compare'; id: string }
  | { name: 'consolidation'; id: string }
  | { name: 'changes'; id: string }
  | { name: 'frameworks' }
  | { name: 'data' }
  | { name: 'framework'; id: string; version: string };

const enc = encodeURIComponent;

export function toHash(r: Route): string {
  switch (r.name) {
    case 'home':
      return '#/';
    case 'new':
      return '#/new';
    case 'questionnaire':
      return `#/assessments/${enc(r.id)}${r.jump ? '?jump=unanswered' : ''}`;
    case 'results':
      return `#/assessments/${enc(r.id)}/results`;
    case 'compare':
      return `#/assessments/${enc(r.id)}/compare`;
    case 'consolidation':
      return `#/assessments/${enc(r.id)}/consolidation`;
    case 'changes':
      return `#/assessments/${enc(r.id)}/changes`;
    case 'frameworks':
      return '#/frameworks';
    case 'data':
      return '#/data';
    case 'framework':
      return `#/frameworks/${enc(r.id)}/${enc(r.version)}`;
  }
}

export function parseHash(hash: string): Route {
  const [path, query = ''] = hash.replace(/^#/, '').split('?');
  const parts = path.split('/').filter(Boolean).map((p) => {
    try {
      return decodeURIComponent(p);
    } catch {
      return p;
    }
  });
  if (parts[0] === 'new' && parts.length === 1) return { name: 'new' };
  if (parts[0] === 'data' && parts.length === 1) return { name: 'data' };
  if (parts[0] === 'frameworks') {
    if (parts.length === 1) return { name: 'frameworks' };
    if (parts.length === 3) return { name: 'framework', id: parts[1], version: parts[2] };
  }
  if (parts[0] === 'assessments' && parts[1]) {
    if (parts.length === 2) {
      return new URLSearchParams(query).get('jump') === 'unanswered'
        ? { name: 'questionnaire', id: parts[1], jump: 'unanswered' }
        : { name: 'questionnaire', id: parts[1] };
    }
    if (parts.length === 3 && parts[2] === 'results') return { name: 'results', id: parts[1] };
    if (parts.length === 3 && parts[2] === 'compare') return { name: 'compare', id: parts[1] };
    if (parts.length === 3 && parts[2] === 'consolidation') return { name: 'consolidation', id: parts[1] };
    if (parts.length === 3 && parts[2] === 'changes') return { name: 'changes', id: parts[1] };
  }
  return { name: 'home' };
}

/** The sections of the top bar. */
export type Section = 'home' | 'frameworks' | 'data';

/**
 * The top-bar section a screen belongs to, for its highlight: only the section's own
 * screens. An assessment's questionnaire, results or comparison is not Home, and the new
 * assessment form has its own button: they highlight nothing.
 */
export function sectionOf(route: Route): Section | null {
  switch (route.name) {
    case 'home':
      return 'home';
    case 'frameworks':
    case 'framework':
      return 'frameworks';
    case 'data':
      return 'data';
    default:
      return null;
  }
}

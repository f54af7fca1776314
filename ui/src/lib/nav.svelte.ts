// The current screen, as reactive state mirrored in location.hash.
import { parseHash, toHash, type Route } from './routes';

export const nav = $state<{ route: Route }>({
  route: typeof location === 'undefined' ? { name: 'home' } : parseHash(location.hash),
});

export function go(route: Route, opts: { replace?: boolean } = {}): void {
  nav.route = route;
  const hash = toHash(route);
  if (location.hash !== hash) {
    if (opts.replace) history.replaceState(null, '', hash);
    else history.pushState(null, '', hash);
  }
}

/** Back/forward buttons and edited URLs. */
export function listenToHistory(): () => void {
  const sync = () => {
    nav.route = parseHash(location.hash);
  };
  window.addEventListener('popstate', sync);
  window.addEventListener('hashchange', sync);
  return () => {
    window.removeEventListener('popstate', sync);
    window.removeEventListener('hashchange', sync);
  };
}

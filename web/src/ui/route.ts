// Hash routes (#/c/dm:bob, #/search, #/groups, #/new, #/admin, #/settings): the server serves one index.html, and a
// reload or a shared link lands on the same view.
import { useEffect, useState } from 'preact/hooks';

export type Route =
  | { view: 'home' }
  | { view: 'conversation'; id: string; focus?: string }
  | { view: 'search'; q: string; conversation?: string }
  | { view: 'groups' }
  | { view: 'new' }
  | { view: 'admin' }
  | { view: 'settings' };

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?');
  const params = new URLSearchParams(query);
  const parts = path.split('/').filter(Boolean);
  if (parts[0] === 'c' && parts[1]) {
    const focus = params.get('m');
    return { view: 'conversation', id: decodeURIComponent(parts[1]), ...(focus ? { focus } : {}) };
  }
  if (parts[0] === 'search') {
    const conversation = params.get('in');
    return { view: 'search', q: params.get('q') ?? '', ...(conversation ? { conversation } : {}) };
  }
  if (parts[0] === 'groups') return { view: 'groups' };
  if (parts[0] === 'new') return { view: 'new' };
  if (parts[0] === 'admin') return { view: 'admin' };
  if (parts[0] === 'settings') return { view: 'settings' };
  return { view: 'home' };
}

export function href(route: Route): string {
  switch (route.view) {
    case 'conversation':
      return `#/c/${encodeURIComponent(route.id)}${route.focus ? `?m=${encodeURIComponent(route.focus)}` : ''}`;
    case 'search': {
      const params = new URLSearchParams({ q: route.q, ...(route.conversation ? { in: route.conversation } : {}) });
      return `#/search?${params}`;
    }
    case 'home':
      return '#/';
    default:
      return `#/${route.view}`;
  }
}

export function navigate(route: Route): void {
  location.hash = href(route);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', update);
    return () => removeEventListener('hashchange', update);
  }, []);
  return route;
}

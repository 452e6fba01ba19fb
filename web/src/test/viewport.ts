import { vi } from 'vitest';

/** A media query's answer, fixed: jsdom has none of its own. */
export function fixedMediaQuery(query: string, matches: boolean): MediaQueryList {
  return {
    matches,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  };
}

/** Makes media queries answer as on a screen `width` pixels wide. */
export function viewportWidth(width: number) {
  vi.stubGlobal('matchMedia', (query: string) => fixedMediaQuery(query, fitsWidth(query, width)));
}

function fitsWidth(query: string, width: number): boolean {
  const min = /min-width:\s*([\d.]+)px/.exec(query);
  const max = /max-width:\s*([\d.]+)px/.exec(query);
  return (!min || width >= Number(min[1])) && (!max || width <= Number(max[1]));
}

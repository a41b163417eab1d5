import 'server-only';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ReactElement } from 'react';

// Markup that React never hydrates: a long table is drawn to HTML on the server by React DOM's
// own renderer (which escapes every name and number) and handed to the page as its container's
// inner HTML. React's hydration does not walk into such a container, and the page's data for
// the browser carries one string instead of a tree of thousands of elements: on a phone that
// was most of the work after the first paint (issue 18, item 9). Nothing inside may need the
// client: plain elements and links only, no client component, no event handler.
//
// Pages render with React's server-components build, whose bundle refuses react-dom/server
// (Next's guard against rendering twice); the renderer is loaded by Node itself, from the
// app's own node_modules, when the first table is drawn. The server runs from the app's folder
// (scripts/server/server.ts), as `next start` does.
const load = createRequire(path.join(process.cwd(), 'package.json'));
const RENDERER = 'react-dom/server';
let renderToStaticMarkup: ((element: ReactElement) => string) | undefined;

/** The element's HTML, as React DOM's server renderer writes it. */
export function staticMarkup(element: ReactElement): string {
  renderToStaticMarkup ??= (load(RENDERER) as typeof import('react-dom/server')).renderToStaticMarkup;
  return renderToStaticMarkup(element);
}

/** A <div> holding `children` as server-drawn HTML that the browser's React leaves alone. */
export function StaticHtml({
  className,
  testId,
  children,
}: {
  className?: string;
  testId?: string;
  children: ReactElement;
}) {
  return (
    <div className={className} data-testid={testId} dangerouslySetInnerHTML={{ __html: staticMarkup(children) }} />
  );
}

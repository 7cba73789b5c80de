import '@testing-library/jest-dom';
// The outbox keeps its items in IndexedDB; jsdom has none, fake-indexeddb is a full one in memory.
import 'fake-indexeddb/auto';
import { configure } from '@testing-library/react';

// In jsdom, Tabster (Fluent's focus manager) never marks an open dialog's modalizer active, so it
// sets aria-hidden on the dialog itself. Browsers do not (apps/web-e2e checks dialogs there).
configure({ defaultHidden: true, asyncUtilTimeout: 5000 });

// Dialog forms driven through Fluent's comboboxes take many user events; jsdom is slow at them.
jest.setTimeout(30_000);

// jsdom has no layout; ProseMirror measures the caret to scroll it into view. Empty rectangles
// let it carry on, as a browser scrolled to the top would.
const noRects = () => Object.assign([] as DOMRect[], { item: () => null }) as unknown as DOMRectList;
const emptyRect = () => new DOMRect(0, 0, 0, 0);
Range.prototype.getClientRects = noRects;
Range.prototype.getBoundingClientRect = emptyRect;
document.elementFromPoint = () => null;

// Fluent's MessageBar measures itself for reflow; jsdom has no layout and no ResizeObserver.
const ignore = () => undefined;
globalThis.ResizeObserver ??= class {
  observe = ignore;
  unobserve = ignore;
  disconnect = ignore;
} as unknown as typeof ResizeObserver;

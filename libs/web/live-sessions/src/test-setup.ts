import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// In jsdom, Tabster (Fluent's focus manager) never marks an open dialog's modalizer active, so it
// sets aria-hidden on the dialog itself. Browsers do not (apps/web-e2e checks dialogs there).
configure({ defaultHidden: true, asyncUtilTimeout: 5000 });

// Dialog forms driven through Fluent's comboboxes take many user events; jsdom is slow at them.
jest.setTimeout(30_000);

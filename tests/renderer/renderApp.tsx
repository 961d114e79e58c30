// Renders the whole App over a store built on the given (fake) client, as main.tsx does.
import { cleanup, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach } from 'vitest';
import type { ApiClient } from '../../shared/api/client';
import { App } from '../../renderer/App';
import { createStore, StoreProvider } from '../../renderer/store';

// Vitest runs without globals here, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

export function renderApp(client: ApiClient) {
  const store = createStore(client);
  const ready = store.getState().init();
  const user = userEvent.setup();
  const view = render(
    <StoreProvider store={store}>
      <App />
    </StoreProvider>,
  );
  return { ...view, store, user, ready };
}

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createClient } from './api/transports';
import { App } from './App';
import { NoClient } from './components/NoClient';
import { createStore, StoreProvider } from './store';
import './styles.css';

const root = createRoot(document.getElementById('root')!);
const client = createClient();

if (!client) {
  root.render(<NoClient />);
} else {
  const store = createStore(client);
  void store.getState().init();
  // The desktop menu can open or close projects behind the page's back.
  window.qualia?.on('project-changed', () => void store.getState().syncProject());
  root.render(
    <StrictMode>
      <StoreProvider store={store}>
        <App />
      </StoreProvider>
    </StrictMode>,
  );
}

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { ErrorBoundary } from './app/ErrorBoundary.tsx';
import './app/app.css';
import { startScenarioStorage } from './state/scenario.ts';
import { startUrlSync } from './state/url/url-sync.ts';

// Saved scenarios first, so a shared link joins them; the link is read before the first render,
// so the map is created where the link points.
startScenarioStorage();
startUrlSync();

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks the #root element');

createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      <QueryClientProvider client={new QueryClient()}>
        <App />
      </QueryClientProvider>
    </ErrorBoundary>
  </StrictMode>,
);

import './data/zod-without-eval.ts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { ErrorBoundary } from './app/ErrorBoundary.tsx';
import { startServiceWorker } from './app/service-worker.ts';
import './app/app.css';
import { languageCodec } from './i18n/language-codec.ts';
import { startScenarioStorage } from './state/scenario.ts';
import { URL_CODECS } from './state/url/codecs.ts';
import { startUrlSync } from './state/url/url-sync.ts';

// Saved scenarios first, so a shared link joins them; the link is read before the first render,
// so the map is created where the link points. The language's part of the link lives in i18n.
startScenarioStorage();
startUrlSync(window, [...URL_CODECS, languageCodec]);
startServiceWorker();

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

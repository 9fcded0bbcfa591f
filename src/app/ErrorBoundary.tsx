import { Component, type ErrorInfo, type ReactNode } from 'react';
import { messagesFor } from '../i18n/index.ts';
import { useLanguageStore } from '../i18n/language.ts';

interface State {
  error: Error | null;
}

/** Catches a crash anywhere below it and explains it, instead of leaving a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('Regiekaart: the app crashed', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    // A class component cannot use hooks; the language is read once from the store.
    const t = messagesFor(useLanguageStore.getState().lang);
    return (
      <main className="fatal" role="alert" data-testid="crash">
        <h1>{t.crashTitle}</h1>
        <p>{t.crashHint}</p>
        <details open>
          <summary>{t.loadErrorDetail}</summary>
          <pre className="fatal-detail">{error.stack ?? error.message}</pre>
        </details>
        <button type="button" onClick={() => window.location.reload()}>
          {t.reload}
        </button>
      </main>
    );
  }
}

import { useT } from '../i18n/index.ts';
import { useLanguageStore } from '../i18n/language.ts';
import { describeUrlProblem } from '../i18n/url-problem.ts';
import { useUrlErrorStore } from '../state/url-error.ts';

/** Says why the link could not be used (the default view is shown instead). */
export function UrlErrorNotice() {
  const t = useT();
  const lang = useLanguageStore((s) => s.lang);
  const error = useUrlErrorStore((s) => s.error);
  const setError = useUrlErrorStore((s) => s.setError);
  if (!error) return null;
  return (
    <div className="notice" role="alert" data-testid="url-error">
      <div>
        <strong>{t.urlErrorTitle}</strong>
        <p>{t.urlErrorText(describeUrlProblem(error, lang))}</p>
      </div>
      <button
        type="button"
        className="icon-button"
        onClick={() => setError(null)}
        aria-label={t.dismiss}
        title={t.dismiss}
      >
        ×
      </button>
    </div>
  );
}

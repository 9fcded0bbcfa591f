/**
 * The label that goes with the modelled offer wherever it appears (app, exports, CLI output),
 * so modelled data is never presented as real. One text per language, used by every surface.
 */
export const MODELLED_LABEL: Readonly<Record<'nl' | 'en', string>> = {
  nl: 'Modelaanbod — illustratief, geen echte DUO-gegevens',
  en: 'Modelled offer — illustrative, not real DUO data',
};

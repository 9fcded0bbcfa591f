import { z } from 'zod';

// The Content-Security-Policy forbids eval. zod probes for it (`new Function`) when a schema is
// defined, and the browser reports that probe as a policy violation; its interpreter is just as
// correct. Imported first by every entry point whose modules define schemas (the page, the import worker and the
// metrics worker, which in the portable file runs under the page's policy), before any of them.
z.config({ jitless: true });

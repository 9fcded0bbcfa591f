import { z } from 'zod';

// The Content-Security-Policy forbids eval. zod probes for it (`new Function`) when a schema is
// defined, and the browser reports that probe as a policy violation; its interpreter is just as
// correct. Imported first by every entry point, before any module defines a schema.
z.config({ jitless: true });

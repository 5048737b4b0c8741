import { z } from 'zod';

// zod probes `new Function` to speed up object parsing. Under our CSP (no
// unsafe-eval) the probe fails anyway, but Chromium reports it as a CSP
// violation. The probe runs when the first z.object() is *built* (the contract
// modules, at import time), so this module must be main.tsx's first import.
z.config({ jitless: true });

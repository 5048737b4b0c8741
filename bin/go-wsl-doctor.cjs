#!/usr/bin/env node
// The doctor is bundled by scripts/build.mjs to out/cli/doctor.cjs; requiring it runs it.
require('../out/cli/doctor.cjs');

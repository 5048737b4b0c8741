import type { AreaWords } from '../types';

/** The offline bundle (docs/bundle.md). */
export const bundleEn = {
  BUNDLE_MANIFEST_INVALID: {
    title: 'The offline bundle cannot be read',
    cause: 'The bundle folder has no usable manifest.json: it is missing, was cut short while copying, or names files in a way the wizard refuses (folders, "..", impossible sizes).',
    fix: ['Copy the whole “go-wsl-setup-bundle” folder again from the PC that made it.', 'Or make a new bundle there with “npm run bundle -- --out DIR”.'],
  },
  BUNDLE_FILE_MISSING: {
    title: 'A file of the offline bundle is missing',
    cause: 'The manifest lists a file that is not in the bundle folder, so that part cannot be installed without the network.',
    fix: ['Copy the named file into the bundle folder again.', 'Or let the wizard download this part (it asks first).'],
  },
  BUNDLE_FILE_CORRUPT: {
    title: 'A file of the offline bundle is damaged',
    cause: 'The named file does not have the size or SHA-256 its manifest gives (a copy cut short, a failing USB drive, or a changed file), so the wizard will not install it.',
    fix: ['Copy the named file again from the PC that made the bundle, then retry.', 'Or let the wizard download this part instead (it asks first).'],
  },
} satisfies AreaWords;

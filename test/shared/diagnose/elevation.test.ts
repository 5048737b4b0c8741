import { describe, expect, it } from 'vitest';
import { elevationOutlook } from '../../../src-shared/diagnose/elevation';

describe('what to say before the first administrator action', () => {
  it('an administrator in FullLanguage: nothing to warn about', () => {
    expect(elevationOutlook({ isAdmin: true, languageMode: 'FullLanguage' })).toEqual({ possible: true, warnings: [], constrained: false });
  });

  it('a standard user: an administrator must type their password', () => {
    expect(elevationOutlook({ isAdmin: false, languageMode: 'FullLanguage' })).toEqual({ possible: true, warnings: ['ELEVATION_STANDARD_USER'], constrained: false });
  });

  it('ConstrainedLanguage (AppLocker/WDAC) still has a route: the scripts use only what it allows', () => {
    expect(elevationOutlook({ isAdmin: true, languageMode: 'ConstrainedLanguage' })).toEqual({ possible: true, warnings: [], constrained: true });
  });

  it('RestrictedLanguage and NoLanguage run no script: no route, said first', () => {
    for (const mode of ['RestrictedLanguage', 'NoLanguage']) {
      expect(elevationOutlook({ isAdmin: false, languageMode: mode })).toEqual({ possible: false, warnings: ['ELEVATION_NO_ROUTE', 'ELEVATION_STANDARD_USER'], constrained: false });
    }
  });

  it('unknown facts warn about nothing (never guessed)', () => {
    expect(elevationOutlook({ isAdmin: null, languageMode: null })).toEqual({ possible: true, warnings: [], constrained: false });
    expect(elevationOutlook(null).possible).toBe(true);
  });
});

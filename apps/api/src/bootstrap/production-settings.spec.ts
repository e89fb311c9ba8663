import { checkProductionSettings, missingProductionSettings } from './production-settings';
import { SettingsError } from './startup-error';

const complete = { NODE_ENV: 'production', JWT_SECRET: 'a'.repeat(64), AUDIT_KEY: 'b'.repeat(64), PII_KEY: 'c'.repeat(64), APP_DB_PASSWORD: 'x7-secret', PUBLIC_BASE_URL: 'https://zwfw.example.gov.cn' };

describe('checkProductionSettings', () => {
  it('refuses production without JWT_SECRET, AUDIT_KEY, APP_DB_PASSWORD and PUBLIC_BASE_URL, naming each', () => {
    let thrown: unknown;
    try {
      checkProductionSettings({ NODE_ENV: 'production' });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(SettingsError);
    const message = (thrown as Error).message;
    expect(message).toContain('NODE_ENV=production');
    for (const name of ['JWT_SECRET', 'AUDIT_KEY', 'PII_KEY', 'APP_DB_PASSWORD', 'PUBLIC_BASE_URL']) expect(message).toContain(`- ${name}:`);
  });

  it('names only what is missing; blank counts as missing', () => {
    expect(missingProductionSettings({ ...complete, APP_DB_PASSWORD: '  ' })).toEqual(['APP_DB_PASSWORD']);
    expect(() => checkProductionSettings({ ...complete, JWT_SECRET: undefined })).toThrow(/JWT_SECRET/);
    expect(() => checkProductionSettings({ ...complete, JWT_SECRET: undefined })).not.toThrow(/PUBLIC_BASE_URL/);
    expect(missingProductionSettings({ ...complete, AUDIT_KEY: undefined })).toEqual(['AUDIT_KEY']);
  });

  it('lets a complete production configuration and any development start', () => {
    expect(() => checkProductionSettings(complete)).not.toThrow();
    expect(() => checkProductionSettings({})).not.toThrow();
    expect(() => checkProductionSettings({ NODE_ENV: 'development' })).not.toThrow();
  });
});

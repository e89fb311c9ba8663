import { Tier } from './content/catalog-enums';
import { applyLocalSettings } from './effective-catalog';
import { sampleContent } from './testing/sample-content';

const setting = (orgUnitId: string, s: Record<string, unknown>) =>
  ({ matterId: 'm', orgUnitId, orgUnitName: '', address: null, hours: null, phone: null, windowId: null, windowName: null, promisedDays: null, updatedAt: new Date(), ...s }) as never;

describe('applyLocalSettings', () => {
  const county = sampleContent({ promisedDays: 10 });
  const village = { id: 'v', tier: Tier.VILLAGE, centerName: '南街社区便民服务站' };

  it('a village without settings is served at its station, with the county’s limits', () => {
    expect(applyLocalSettings(county, village, [])).toEqual({ ...county, place: '南街社区便民服务站' });
  });

  it('the unit’s own address and hours apply; the shortest promise of unit and township wins', () => {
    const r = applyLocalSettings(county, village, [setting('t', { promisedDays: 6, address: '城关镇便民服务中心' }), setting('v', { promisedDays: 8, hours: '9:00–17:00' })]);
    expect(r).toMatchObject({ place: '南街社区便民服务站', hours: '9:00–17:00', promisedDays: 6, materials: county.materials, steps: county.steps });
  });
});

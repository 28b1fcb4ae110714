// A fictional province for the demo (示例省): 30 county-level divisions in five cities, with
// six-digit codes in the 99 range that no real province uses, and eight national poverty-alleviated
// counties. Names are invented; any likeness to real places is by chance.
export interface SampleCounty {
  code: string;
  name: string;
  city: string;
  poverty: boolean;
}

const CITIES: ReadonlyArray<{ code: string; name: string; counties: ReadonlyArray<[string, boolean]> }> = [
  { code: '9901', name: '云泽市', counties: [['云泽区', false], ['清河县', false], ['松岭县', true], ['白石县', false], ['临川县', false], ['东坪县', true]] },
  { code: '9902', name: '丰源市', counties: [['丰源区', false], ['禾田县', false], ['柳溪县', false], ['望江县', true], ['平湖县', false], ['古渡县', false]] },
  { code: '9903', name: '岚山市', counties: [['岚山区', false], ['青峰县', true], ['石门口县', false], ['云台县', false], ['马鞍县', true], ['桂林坪县', false]] },
  { code: '9904', name: '海宁湾市', counties: [['海湾区', false], ['潮音县', false], ['渔村县', false], ['盐田县', false], ['沙洲县', true], ['灯塔县', false]] },
  { code: '9905', name: '北原市', counties: [['北原区', false], ['草甸县', true], ['牧野县', true], ['金川县', false], ['雪岭县', false], ['长风县', false]] },
];

export const SAMPLE_PROVINCE = {
  name: '示例省',
  /** Counts, like the real ones, drift with re-zoning; the demo fixes its own. */
  countyLevelDivisions: 30,
  divisionsAsOf: '2026-06-30',
  /** Places the first batch already gave. */
  firstBatchPlaces: 4,
  counties: CITIES.flatMap((city) =>
    city.counties.map(([name, poverty], i): SampleCounty => ({
      code: `${city.code}${String(i + 1).padStart(2, '0')}`,
      name,
      city: city.name,
      poverty,
    })),
  ),
} as const;

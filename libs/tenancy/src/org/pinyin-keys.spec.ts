import { pinyinKeys, searchTerms } from './pinyin-keys';

describe('search terms from mixed input', () => {
  const matches = (query: string, name: string) => {
    const terms = searchTerms(query);
    const keys = pinyinKeys(name);
    return name.includes(terms.text) || keys.pinyin.startsWith(terms.pinyin) || keys.initials.startsWith(terms.initials);
  };

  it.each([
    ['城关镇', '城关镇'],
    ['chengguanzhen', '城关镇'],
    ['cgz', '城关镇'],
    ['城关z', '城关镇'],
    ['zd生活', '最低生活保障审核确认'],
    ['zui di sheng huo', '最低生活保障审核确认'],
    ['zuidi', '最低生活保障审核确认'],
    ['最低sheng', '最低生活保障审核确认'],
    ['Gao Ling', '高龄津贴申请'],
  ])('“%s” finds %s', (query, name) => expect(matches(query, name)).toBe(true));

  it.each([
    ['cgz', '最低生活保障审核确认'],
    ['zd生活', '城关镇'],
    ['zui di sheng si', '最低生活保障审核确认'],
  ])('“%s” does not find %s', (query, name) => expect(matches(query, name)).toBe(false));
});

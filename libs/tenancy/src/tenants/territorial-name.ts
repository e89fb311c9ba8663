/**
 * Division data names villages by their committee (南街社区居委会, 东坝村委会); people call
 * them 南街社区 and 东坝村, so that is what screens show.
 */
export function territorialName(name: string): string {
  return name
    .replace(/(社区)?(居民委员会|居委会)$/, (_, community) => (community ? '社区' : '社区'))
    .replace(/(村民委员会|村委会)$/, '村')
    .replace(/村村$/, '村')
    .replace(/社区社区$/, '社区');
}

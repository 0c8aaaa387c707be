// Apache ECharts (vendor/echarts.min.js, the version pinned in package.json). A chart is replaced,
// not stacked, when its section is drawn again.
export function drawChart(element, option) {
  const echarts = window.echarts;
  if (!echarts) {
    element.textContent = '图表组件未加载';
    return;
  }
  echarts.getInstanceByDom(element)?.dispose();
  // SVG keeps the chart's text in the page (readable by screen readers and by the browser test).
  echarts.init(element, null, { renderer: 'svg' }).setOption({ animation: false, ...option });
}

export function lineChart(element, categories, series) {
  drawChart(element, {
    color: ['#b71c1c', '#f9a825'],
    tooltip: { trigger: 'axis', valueFormatter: (v) => (v === null ? '—' : `${v}%`) },
    legend: { top: 0 },
    grid: { left: 40, right: 20, top: 40, bottom: 30 },
    xAxis: { type: 'category', data: categories },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    series: series.map((s) => ({ type: 'line', name: s.name, data: s.data, connectNulls: false, label: { show: true, formatter: '{c}%' } })),
  });
}

export function barChart(element, categories, values) {
  drawChart(element, {
    tooltip: {},
    grid: { left: 40, right: 20, top: 20, bottom: 30 },
    xAxis: { type: 'category', data: categories },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', data: values, label: { show: true, position: 'top' }, itemStyle: { color: '#b71c1c' } }],
  });
}

import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallbackStatsRow } from './useCallbackStats';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

const percent = (share: number | null | undefined) => (share == null ? null : Math.round(share * 1000) / 10);

/** Completion and on-time rates as bars (percent, left axis), average satisfaction as a line (1–5, right axis). */
export function CallbackStatsChart({ rows, labelOf }: { rows: CallbackStatsRow[]; labelOf: (row: CallbackStatsRow) => string }) {
  const { t } = useTranslation();
  const element = useRef<HTMLDivElement>(null);
  const names = { completion: t('callbackStats.completionRate'), onTime: t('callbackStats.onTimeRate'), satisfaction: t('callbackStats.averageSatisfaction') };
  const labels = rows.map(labelOf);

  useEffect(() => {
    const chart = echarts.init(element.current!, undefined, { renderer: 'svg' });
    chart.setOption({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 48, right: 48, top: 40, bottom: 32 },
      xAxis: { type: 'category', data: labels },
      yAxis: [
        { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
        { type: 'value', min: 0, max: 5, interval: 1 },
      ],
      series: [
        { name: names.completion, type: 'bar', data: rows.map((r) => percent(r.completionRate)), itemStyle: { color: '#1677ff' } },
        { name: names.onTime, type: 'bar', data: rows.map((r) => percent(r.onTimeRate)), itemStyle: { color: '#52c41a' } },
        { name: names.satisfaction, type: 'line', yAxisIndex: 1, data: rows.map((r) => r.averageSatisfaction ?? null), itemStyle: { color: '#fa8c16' } },
      ],
    });
    const resize = new ResizeObserver(() => chart.resize());
    resize.observe(element.current!);
    return () => {
      resize.disconnect();
      chart.dispose();
    };
  }, [JSON.stringify(rows), labels.join(), names.completion]); // eslint-disable-line react-hooks/exhaustive-deps

  const summary = rows.map((row, i) => `${labels[i]} ${percent(row.completionRate) ?? '–'}% / ${percent(row.onTimeRate) ?? '–'}%`).join(' · ');
  return <div ref={element} role="img" aria-label={summary} style={{ height: 320 }} />;
}

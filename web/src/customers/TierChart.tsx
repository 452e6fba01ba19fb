import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { GradingRun } from './types';

echarts.use([BarChart, GridComponent, TooltipComponent, SVGRenderer]);

/** The proposed distribution over tiers 1, 2 and 3, as bars: a thin wrapper around ECharts (SVG). */
export function TierChart({ run }: { run: GradingRun }) {
  const { t } = useTranslation();
  const element = useRef<HTMLDivElement>(null);
  const { tier1, tier2, tier3 } = run.distribution;
  const labels = [1, 2, 3].map((tier) => t(`customers.tier.${tier}`));

  useEffect(() => {
    const chart = echarts.init(element.current!, undefined, { renderer: 'svg' });
    chart.setOption({
      tooltip: {},
      grid: { left: 40, right: 16, top: 24, bottom: 24 },
      xAxis: { type: 'category', data: labels },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', data: [tier1, tier2, tier3], itemStyle: { color: '#1677ff' }, label: { show: true, position: 'top' } }],
    });
    const resize = new ResizeObserver(() => chart.resize());
    resize.observe(element.current!);
    return () => {
      resize.disconnect();
      chart.dispose();
    };
  }, [labels.join(), tier1, tier2, tier3]); // eslint-disable-line react-hooks/exhaustive-deps

  return <div ref={element} role="img" aria-label={`${labels[0]} ${tier1} · ${labels[1]} ${tier2} · ${labels[2]} ${tier3}`} style={{ height: 240 }} />;
}

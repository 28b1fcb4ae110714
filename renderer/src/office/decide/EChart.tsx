// One ECharts chart in a div: made when the div mounts, given a new option when it changes, resized with
// its box, disposed when it goes. The text alternative is the caller's (ChartFigure): the canvas itself is
// hidden from assistive technology, since ECharts' canvas says nothing to a screen reader.
import { useEffect, useRef } from 'react';
import type { ResultsChartOption } from './chart-options';
import { echarts } from './echarts-setup';

export interface EChartProps {
  option: ResultsChartOption;
  /** The chart's height in pixels; its width follows the page. */
  height: number;
  testId?: string;
}

export function EChart({ option, height, testId }: EChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const element = box.current;
    if (element === null) return;
    const made = echarts.init(element, undefined, { renderer: 'canvas' });
    chart.current = made;
    const observer = new ResizeObserver(() => made.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      made.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    // notMerge: a new option replaces the old one whole, so a series that emptied does not linger.
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  // The height goes through React's style prop (the CSSOM), which the page CSP allows.
  return <div ref={box} className="rd-results-chart" style={{ height }} aria-hidden="true" data-testid={testId} />;
}

// ECharts, with only what the page draws (bars, lines, points; grid, tooltip, legend, mark lines) on the SVG
// renderer: a fraction of the full build, and crisp in screenshots.

import type { BarSeriesOption, LineSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import type {
  GridComponentOption,
  LegendComponentOption,
  MarkLineComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
} from 'echarts/components';
import { type ComposeOption, init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

use([
  BarChart,
  LineChart,
  ScatterChart,
  AriaComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  SVGRenderer,
]);

/** The options the page's charts use. */
export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | ScatterSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | MarkLineComponentOption
  | TooltipComponentOption
>;

/** The page's font, so charts read like the text around them. */
export const CHART_FONT = "'Noto Sans SC', 'Noto Sans CJK SC', sans-serif";

/** Draws into an element with the SVG renderer. */
export function drawChart(element: HTMLElement) {
  return init(element, undefined, { renderer: 'svg' });
}

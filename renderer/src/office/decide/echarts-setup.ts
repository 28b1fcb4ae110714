// ECharts with only the parts the results charts use (echarts/core plus these), drawn on canvas: the full
// `echarts` entry would add every chart type to the results chunk, and the SVG renderer is not needed.
import { BarChart, BoxplotChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BoxplotChart, ScatterChart, BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export { echarts };

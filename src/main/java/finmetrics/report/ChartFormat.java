package finmetrics.report;

/** The image formats charts can be written in. */
public enum ChartFormat {
  PNG,
  SVG
}

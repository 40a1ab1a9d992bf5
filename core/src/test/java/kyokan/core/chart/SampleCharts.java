package kyokan.core.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Charts shaped like the workbench's analyses, with fixed made-up figures. */
final class SampleCharts {
  static final String NO_DATA = "表示するデータがありません";

  private SampleCharts() {}

  static List<String> months(int count) {
    List<String> months = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int month = (3 + i) % 12 + 1;
      int year = 2023 + (3 + i) / 12;
      months.add(year + "年" + month + "月");
    }
    return months;
  }

  static BarChart monthlyRevenue() {
    long[] fresh = {420_000, 380_000, 510_000, 460_000, 395_000, 620_000, 580_000, 700_000, 455_000, 390_000,
        430_000, 515_000, 610_000};
    long[] repeat = {1_250_000, 1_180_000, 1_320_000, 1_410_000, 1_290_000, 1_650_000, 1_720_000, 2_050_000,
        1_380_000, 1_240_000, 1_330_000, 1_470_000, 1_560_000};
    return BarChart.stacked(ChartText.of("月別売上（新規・リピート）", "", NO_DATA), months(13),
        Axis.titled("売上（円）", ValueFormat.yen()),
        Series.of("新規", ColorRole.PRIMARY, fresh), Series.of("リピート", ColorRole.SECONDARY, repeat));
  }

  /** A small shop whose returns outweighed its repeat sales in one month. */
  static BarChart revenueWithReturns() {
    return BarChart.stacked(ChartText.of("返品のある月", "", NO_DATA), months(6), Axis.of(ValueFormat.yen()),
        Series.of("新規", ColorRole.PRIMARY, 52_000, 48_000, 61_000, 12_000, 55_000, 58_000),
        Series.of("リピート", ColorRole.SECONDARY, 83_000, 90_500, 72_000, -41_000, 88_000, 95_000));
  }

  static BarChart grouped() {
    return BarChart.grouped(ChartText.of("客単価 <前年比> & \"比較\" 'テスト'", "", NO_DATA), months(6),
        Axis.of(ValueFormat.yen()),
        Series.of("前年 <A&B>", ColorRole.MUTED, 5_800, 6_100, 5_900, 6_400, 6_050, 6_300),
        Series.of("今年 \"C\" 'D'", ColorRole.PRIMARY, 6_200, 6_350, 6_000, 6_900, 6_500, 7_100));
  }

  static BarChart lapsing() {
    return BarChart.grouped(ChartText.of("離反しかけている顧客", "最終購入からの日数別の顧客数", NO_DATA),
        List.of("60–89日", "90–179日", "180日以上"), Axis.titled("顧客数（人）", ValueFormat.count()),
        Series.of("顧客数", ColorRole.ACCENT, 312, 540, 1204));
  }

  static BarChart cpmCells(int months) {
    String[] cells = {"初回", "よちよち", "コツコツ", "流行", "優良", "離反初回", "離反優良"};
    Random random = new Random(7);
    List<Series> series = new ArrayList<>();
    for (int k = 0; k < cells.length; k++) {
      long[] counts = new long[months];
      for (int m = 0; m < months; m++) counts[m] = 40 + random.nextInt(120) + (long) k * 10 + m * 3L;
      series.add(Series.of(cells[k], ColorRole.category(k), counts));
    }
    return new BarChart(ChartText.of("CPM セル別顧客数", "", NO_DATA), months(months), series, true,
        Axis.of(ValueFormat.count()));
  }

  static LineChart pareto(int customers) {
    double[] xs = new double[customers + 1];
    double[] ys = new double[customers + 1];
    double total = 0;
    double[] amounts = new double[customers];
    for (int i = 0; i < customers; i++) {
      amounts[i] = 1_000_000 / Math.pow(i + 1, 0.9);
      total += amounts[i];
    }
    double cumulative = 0;
    for (int i = 0; i < customers; i++) {
      cumulative += amounts[i];
      xs[i + 1] = (double) (i + 1) / customers;
      ys[i + 1] = cumulative / total;
    }
    double atTop = ys[(customers + 4) / 5];
    Curve curve = Curve.of("累積売上シェア", ColorRole.PRIMARY, xs, ys);
    return LineChart.numeric(ChartText.of("パレート図", "", NO_DATA),
            Axis.titled("顧客の累積割合（売上の多い順）", ValueFormat.percent()),
            Axis.titled("売上の累積割合", ValueFormat.percent()), curve)
        .withGuides(LineChart.Guide.vertical(0.2, "上位20%"), LineChart.Guide.horizontal(0.8, "売上の80%"),
            LineChart.Guide.point(0.2, atTop, "上位20%の顧客で売上の" + ValueFormat.percent().format(atTop)));
  }

  static LineChart f2Rates() {
    int count = 24;
    List<Double> d90 = new ArrayList<>();
    List<Double> d180 = new ArrayList<>();
    List<Double> d365 = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      double base = 0.18 + 0.04 * Math.sin(i / 3.0);
      d90.add(i < count - 3 ? base : null);
      d180.add(i < count - 6 ? base + 0.07 : null);
      d365.add(i < count - 12 ? base + 0.12 : null);
    }
    return LineChart.overCategories(ChartText.of("F2転換率（初回購入月別）", "", NO_DATA), months(count),
        Axis.of(ValueFormat.percent()), Series.of("90日以内", ColorRole.category(0), d90),
        Series.of("180日以内", ColorRole.category(1), d180), Series.of("365日以内", ColorRole.category(2), d365));
  }

  static HeatMap retention(int rows) {
    List<String> columns = new ArrayList<>();
    for (int c = 0; c < rows; c++) columns.add(c + "か月");
    List<List<HeatMap.Cell>> cells = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      List<HeatMap.Cell> row = new ArrayList<>();
      for (int c = 0; c < rows - r; c++) {
        double share = c == 0 ? 1 : 0.32 * Math.pow(0.9, c) + 0.01 * (r % 3);
        row.add(new HeatMap.Cell(share, ValueFormat.percent().format(Math.round(share * 100) / 100.0)));
      }
      cells.add(row);
    }
    return HeatMap.of(ChartText.of("コホート別リピート率", "", NO_DATA), months(rows), columns, cells)
        .withScale(0, 0.4);
  }
}

package kyokan.core.chart;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Writes the sample charts under target/chart-samples, one page each and all on one, to look at in a browser. */
class ChartGalleryTest {

  @Test
  void galleryPageHoldsEverySampleChart() throws IOException {
    List<Chart> charts = List.of(SampleCharts.monthlyRevenue(), SampleCharts.lapsing(), SampleCharts.cpmCells(13),
        SampleCharts.cpmCells(36), SampleCharts.pareto(100_000), SampleCharts.f2Rates(),
        SampleCharts.retention(24), SampleCharts.retention(8),
        SampleCharts.revenueWithReturns(), SampleCharts.grouped(),
        BarChart.stacked(ChartText.of("空のグラフ", "", SampleCharts.NO_DATA), List.of(), Axis.of(ValueFormat.yen())));
    Path folder = Path.of("target", "chart-samples");
    Files.createDirectories(folder);
    StringBuilder all = new StringBuilder();
    for (int i = 0; i < charts.size(); i++) {
      String figure = "<figure><figcaption>" + SvgChart.escape(charts.get(i).text().title()) + "</figcaption>\n"
          + SvgChart.render(charts.get(i)) + "</figure>\n";
      Files.writeString(folder.resolve("chart-" + (i + 1) + ".html"), page(figure), StandardCharsets.UTF_8);
      all.append(figure);
    }
    Path page = folder.resolve("gallery.html");
    Files.writeString(page, page(all.toString()), StandardCharsets.UTF_8);

    assertTrue(Files.size(page) > 10_000);
  }

  private static String page(String body) {
    return "<!doctype html><html lang=\"ja\"><meta charset=\"utf-8\">"
        + "<style>body{font-family:\"Noto Sans CJK JP\",sans-serif;color:#333;margin:16px;max-width:860px}"
        + "figure{margin:0 0 24px;border:1px solid #ddd;padding:8px}</style><body>\n" + body + "</body></html>\n";
  }
}

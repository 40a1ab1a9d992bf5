package kyokan.core.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgChartTest {
  private static final String AWKWARD = "<&>\"' 売上＆「顧客」";

  @Test
  void everyTextIsEscapedAndReadsBackUnchanged() throws Exception {
    BarChart chart = BarChart.grouped(ChartText.of(AWKWARD, "要約 " + AWKWARD, "なし"), List.of(AWKWARD, "2月"),
        Axis.titled(AWKWARD, ValueFormat.count()), Series.of(AWKWARD, ColorRole.PRIMARY, 3, 4),
        Series.of("二つ目", ColorRole.SECONDARY, 5, 6));

    String svg = SvgChart.render(chart);
    Document document = parse(svg);

    assertFalse(svg.contains(AWKWARD), "raw text must not appear unescaped");
    assertTrue(svg.contains("&lt;&amp;&gt;&quot;&apos; 売上＆「顧客」"));
    Element root = document.getDocumentElement();
    assertEquals(AWKWARD, root.getElementsByTagName("title").item(0).getTextContent());
    assertEquals("要約 " + AWKWARD, root.getElementsByTagName("desc").item(0).getTextContent());
    List<String> texts = textsOf(root.getElementsByTagName("text"));
    assertTrue(texts.contains(AWKWARD), "legend, axis title and category label: " + texts);
    assertTrue(textsOf(root.getElementsByTagName("title")).contains(AWKWARD + " " + AWKWARD + ": 3"), "bar tooltip");
  }

  @Test
  void controlCharactersThatXmlForbidsAreDropped() {
    assertEquals("ab\tc", SvgChart.escape("a\u0000b\tc\u001f"));
  }

  @Test
  void theRootIsAResponsiveAccessibleImageInThePageFont() throws Exception {
    String svg = SvgChart.render(SampleCharts.monthlyRevenue());
    Element root = parse(svg).getDocumentElement();

    assertEquals("svg", root.getTagName());
    assertEquals("100%", root.getAttribute("width"));
    assertEquals("img", root.getAttribute("role"));
    assertEquals("inherit", root.getAttribute("font-family"));
    assertTrue(root.getAttribute("viewBox").startsWith("0 0 800 "));
    assertFalse(root.hasAttribute("height"), "the height follows from the width");
    assertTrue(svg.startsWith("<svg ") && svg.contains("\n<title>月別売上（新規・リピート）</title>\n<desc>"));
    assertEquals("新規 / リピート (2023年4月 – 2024年4月)", root.getElementsByTagName("desc").item(0).getTextContent());
  }

  @Test
  void theSameChartGivesTheSameBytesInAnyLocale() {
    Locale before = Locale.getDefault();
    try {
      String root = SvgChart.render(SampleCharts.pareto(5_000));
      Locale.setDefault(Locale.GERMANY);
      String german = SvgChart.render(SampleCharts.pareto(5_000));
      Locale.setDefault(new Locale("ar", "EG"));
      String arabic = SvgChart.render(SampleCharts.pareto(5_000));

      assertEquals(root, german);
      assertEquals(root, arabic);
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void numbersHaveAtMostTwoDecimals() {
    for (Chart chart : List.of(SampleCharts.pareto(100_000), SampleCharts.cpmCells(36), SampleCharts.retention(30))) {
      String svg = SvgChart.render(chart);
      Matcher attribute = Pattern.compile("(?:x|y|x1|x2|y1|y2|cx|cy|r|width|height|points|font-size)=\"([^\"]*)\"")
          .matcher(svg);
      int seen = 0;
      while (attribute.find()) {
        seen++;
        assertFalse(attribute.group(1).matches(".*\\d\\.\\d{3,}.*"), attribute.group());
        assertFalse(attribute.group(1).matches(".*[eE][-+]?\\d.*"), attribute.group());
      }
      assertTrue(seen > 50);
    }
  }

  @Test
  void numberRoundsToTwoDecimalsAndDropsNegativeZero() {
    assertEquals("1.01", SvgChart.number(1.005));
    assertEquals("12", SvgChart.number(12.0));
    assertEquals("0", SvgChart.number(-0.001));
    assertEquals("10000000", SvgChart.number(1e7));
    assertEquals("-3.5", SvgChart.number(-3.5));
  }

  @Test
  void anEmptyChartShowsTheNoDataTextPassedIn() throws Exception {
    List<Chart> empty = List.of(
        BarChart.stacked(ChartText.of("売上", "", "まだ売上がありません"), List.of(), Axis.of(ValueFormat.yen())),
        BarChart.stacked(ChartText.of("売上", "", "まだ売上がありません"), List.of("1月"), Axis.of(ValueFormat.yen()),
            Series.of("新規", ColorRole.PRIMARY, java.util.Collections.singletonList((Number) null))),
        LineChart.numeric(ChartText.of("売上", "", "まだ売上がありません"), Axis.of(ValueFormat.percent()),
            Axis.of(ValueFormat.percent())));

    for (Chart chart : empty) {
      Element root = parse(SvgChart.render(chart)).getDocumentElement();

      assertTrue(chart.isEmpty());
      assertEquals(List.of("まだ売上がありません"), textsOf(root.getElementsByTagName("text")));
      assertEquals(0, root.getElementsByTagName("rect").getLength());
      assertEquals("まだ売上がありません", root.getElementsByTagName("desc").item(0).getTextContent());
    }
  }

  @Test
  void barHeightsInTheSvgAreProportionalToTheValues() throws Exception {
    NodeList rects = parse(SvgChart.render(SampleCharts.lapsing())).getDocumentElement().getElementsByTagName("rect");
    List<Double> heights = new java.util.ArrayList<>();
    for (int i = 0; i < rects.getLength(); i++) {
      Element rect = (Element) rects.item(i);
      if (rect.getElementsByTagName("title").getLength() == 1) heights.add(Double.parseDouble(rect.getAttribute("height")));
    }

    assertEquals(3, heights.size());
    assertEquals(540.0 / 312, heights.get(1) / heights.get(0), 0.001);
    assertEquals(1204.0 / 312, heights.get(2) / heights.get(0), 0.001);
  }

  @Test
  void coloursAreExplicitFills() {
    String svg = SvgChart.render(SampleCharts.monthlyRevenue());

    assertTrue(svg.contains("fill=\"#1f5a96\""));
    assertTrue(svg.contains("fill=\"#8cb8e0\""));
    assertFalse(svg.contains("currentColor"));
  }

  static Document parse(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<String> textsOf(NodeList nodes) {
    List<String> texts = new java.util.ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) texts.add(nodes.item(i).getTextContent());
    return texts;
  }
}

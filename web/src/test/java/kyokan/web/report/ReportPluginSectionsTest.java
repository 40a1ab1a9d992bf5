package kyokan.web.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kyokan.web.cli.ReportCommand;
import kyokan.web.support.TestHost;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each step plugin brings its own section: without the analysis jar its section goes and everything else stays. */
class ReportPluginSectionsTest {
  @TempDir Path temp;

  @Test
  void removingTheAnalysisPluginRemovesItsSectionAndNothingElse() throws Exception {
    Path plugins = ProgressReportTest.copyPluginsWithout(temp, "analysis.jar");
    long clientId;
    try (TestHost host = TestHost.start(temp, plugins)) {
      assertEquals(6, host.services().steps().steps().size());
      ProgressReportTest.Demo demo = ProgressReportTest.Demo.create(host.services());
      clientId = demo.client().getId();
    }
    // The same code path from the command line, once the server has let go of the database.
    Path out = temp.resolve("out/report.pdf");
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    int exit = new ReportCommand(new PrintStream(console, true, StandardCharsets.UTF_8)).run(ReportCommand.parse(
        new String[] {"--client", String.valueOf(clientId), "--out", out.toString()}), TestHost.workplace(temp), plugins);
    assertEquals(0, exit, console.toString(StandardCharsets.UTF_8));
    try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(out))) {
      String text = new PDFTextStripper().getText(doc);
      List<String> present = new ArrayList<>(ProgressReportTest.SECTIONS);
      present.remove("ステップ2 現状をしっかり把握し、分析しよう");
      for (String section : present) assertTrue(text.contains(section), "still there: " + section);
      assertFalse(text.contains("ステップ2 "), "step 2's section is gone");
      assertFalse(text.contains("10の質問へのデータの答え"), "and its content");
      assertTrue(text.contains("10の分類"), "step 3's section stays");
      assertTrue(text.contains("Q1 リピーターの売上の割合"), "the host's key figures stay");
    }
  }
}

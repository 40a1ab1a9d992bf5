package kyokan.web.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import kyokan.core.client.Client;
import kyokan.core.engagement.Engagement;
import kyokan.core.engagement.EngagementService;
import kyokan.core.jobs.Progress;
import kyokan.core.report.ProgressReport;

/**
 * Every client's progress report of one month, in one go: for the cockpit's "print the month" (a zip) and
 * {@code ./kyokan report --all} (a folder of PDFs). Clients without an engagement have no report and are skipped.
 */
public final class MonthReports {
  /** A client whose report will be printed, with the engagement it is printed from. */
  public record Entry(Client client, Engagement engagement) {}

  /** Receives each report as it is made. */
  @FunctionalInterface
  public interface Sink {
    void accept(String fileName, byte[] pdf) throws IOException;
  }

  private final ProgressReport report;

  public MonthReports(ProgressReport report) {
    this.report = report;
  }

  /** The clients with a current engagement, in the order given. */
  public static List<Entry> entries(List<Client> clients, EngagementService engagements) {
    List<Entry> entries = new ArrayList<>();
    for (Client c : clients) engagements.current(c.getId()).ifPresent(e -> entries.add(new Entry(c, e)));
    return entries;
  }

  /** Makes each report and hands it to {@code sink}; progress counts the reports done. */
  public void print(List<Entry> entries, YearMonth month, Locale locale, Progress progress, Sink sink) throws IOException {
    int done = 0;
    for (Entry e : entries) {
      sink.accept(ProgressReports.fileName(e.client().getId(), month), report.pdf(e.client(), e.engagement(), month, locale));
      done++;
      progress.report(done, (double) done / entries.size());
    }
  }

  /** All the reports in one zip. */
  public byte[] zip(List<Entry> entries, YearMonth month, Locale locale, Progress progress) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      print(entries, month, locale, progress, (name, pdf) -> {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(pdf);
        zip.closeEntry();
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** {@code progress-reports-2025-04.zip}. */
  public static String zipName(YearMonth month) {
    return "progress-reports-" + month + ".zip";
  }
}

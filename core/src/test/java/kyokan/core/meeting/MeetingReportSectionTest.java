package kyokan.core.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import kyokan.core.TestDatabase;
import kyokan.core.account.User;
import kyokan.core.client.Client;
import kyokan.core.engagement.Engagement;
import kyokan.core.report.ReportBlock;
import kyokan.core.report.ReportContext;
import kyokan.core.step.CoreServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's decisions-and-action-items section comes from the month's meetings. */
class MeetingReportSectionTest {
  private static final YearMonth APRIL = YearMonth.of(2026, 4);
  @TempDir Path dir;
  private TestDatabase data;
  private MeetingService meetings;
  private User consultant;
  private Client client;
  private Engagement engagement;

  @BeforeEach
  void open() {
    data = TestDatabase.open(dir);
    meetings = new MeetingService(data.db(), data.clock());
    consultant = data.consultant("yamada@example.jp");
    client = data.client(consultant, "さくら珈琲店");
    engagement = data.engagement(client, APRIL, consultant);
  }

  @AfterEach
  void close() {
    data.close();
  }

  @Test
  void theSectionListsTheMonthsDecisionsAndItemsAndIsEmptyWithoutAMeeting() {
    MeetingReportSection section = new MeetingReportSection(meetings);
    assertTrue(section.decisionsAndActions(context(Locale.JAPANESE)).isEmpty());

    Meeting m = meetings.open(engagement, APRIL, consultant);
    meetings.addDecision(client.getId(), engagement.getId(), m.getId(), "優良客にお礼状を出す", consultant);
    meetings.addActionItem(client.getId(), engagement.getId(), m.getId(),
        new NewActionItem("お礼状を30通書く", ItemOwner.CLIENT, LocalDate.of(2026, 4, 30)), consultant);

    List<ReportBlock> blocks = section.decisionsAndActions(context(Locale.JAPANESE));

    assertEquals(new ReportBlock.Heading(2, "決定事項"), blocks.get(0));
    assertEquals(List.of("1", "優良客にお礼状を出す"), ((ReportBlock.Table) blocks.get(1)).rows().get(0));
    assertEquals(new ReportBlock.Heading(2, "アクションアイテム"), blocks.get(2));
    assertEquals(List.of("お礼状を30通書く", "お店", "2026-04-30", "2026年4月", "未完了"),
        ((ReportBlock.Table) blocks.get(3)).rows().get(0));
    assertEquals(new ReportBlock.Heading(2, "Decisions"), section.decisionsAndActions(context(Locale.ENGLISH)).get(0));
  }

  @Test
  void japaneseAndEnglishTextsHaveTheSameKeys() throws IOException {
    assertEquals(keys("report.properties"), keys("report_en.properties"));
  }

  private ReportContext context(Locale locale) {
    return new ReportContext(client, engagement, APRIL, APRIL, locale, new CoreServices());
  }

  private static java.util.Set<String> keys(String file) throws IOException {
    try (InputStream in = MeetingReportSectionTest.class.getResourceAsStream("/kyokan/core/meeting/" + file)) {
      Properties p = new Properties();
      p.load(in);
      return p.stringPropertyNames();
    }
  }
}

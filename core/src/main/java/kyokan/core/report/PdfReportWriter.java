package kyokan.core.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.List;
import kyokan.core.chart.Drawing;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Writes a {@link ReportDocument} as an A4 PDF: blocks flow down the pages with automatic page breaks, the
 * Japanese font embedded as a subset, charts as vectors, and a footer on every page (the document's two
 * footer texts and "n / N"). The same document always gives the same bytes: the dates and the file
 * identifier come from the document, not from the clock.
 */
public final class PdfReportWriter {
  private static final int ACCENT = 0x1f5a96;
  private static final float BODY = 9.6f;
  private static final float NOTE = 8f;

  private final PageFlow flow;
  private final ReportFont font;

  private PdfReportWriter(PageFlow flow) {
    this.flow = flow;
    this.font = flow.font;
  }

  public static byte[] write(ReportDocument document) {
    try (PDDocument doc = new PDDocument()) {
      PdfReportWriter writer = new PdfReportWriter(new PageFlow(doc, new ReportFont(doc)));
      writer.flow.newPage();
      List<ReportBlock> blocks = document.blocks();
      for (int i = 0; i < blocks.size(); i++) writer.draw(blocks.get(i), i + 1 < blocks.size() ? blocks.get(i + 1) : null);
      writer.flow.close();
      writer.footers(document);
      properties(doc, document);
      ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report", e);
    }
  }

  /** @param next the block after, which a heading keeps on its page; null at the end */
  private void draw(ReportBlock block, ReportBlock next) throws IOException {
    if (block instanceof ReportBlock.Cover c) {
      cover(c);
    } else if (block instanceof ReportBlock.Heading h) {
      heading(h, next);
    } else if (block instanceof ReportBlock.Paragraph p) {
      paragraph(p.text(), p.note() ? NOTE : BODY, p.note() ? PageFlow.MUTED : PageFlow.INK);
    } else if (block instanceof ReportBlock.KeyValues kv) {
      new TableDrawer(flow, false).keyValues(kv);
      flow.y -= 12;
    } else if (block instanceof ReportBlock.Table t) {
      flow.y -= 2;
      new TableDrawer(flow, t.compact()).table(t);
      flow.y -= 14;
    } else if (block instanceof ReportBlock.ChartBlock c) {
      chart(c.chart().layout());
    } else if (block instanceof ReportBlock.PageBreak) {
      if (!flow.isPageEmpty()) flow.newPage();
    }
  }

  private void cover(ReportBlock.Cover c) throws IOException {
    if (!flow.isPageEmpty()) flow.newPage();
    PDPageContentStream cs = flow.cs();
    PageFlow.rect(cs, 0, PageFlow.A4.getHeight() - 16, PageFlow.A4.getWidth(), 16, ACCENT);
    flow.y = PageFlow.A4.getHeight() * 0.68f;
    for (String line : TextWrap.lines(font.printable(c.subtitle()), PageFlow.WIDTH, s -> font.width(s, 12))) {
      PageFlow.text(cs, font, line, PageFlow.LEFT, flow.y, 12, PageFlow.MUTED, false);
      flow.y -= 20;
    }
    flow.y -= 14;
    for (String line : TextWrap.lines(font.printable(c.title()), PageFlow.WIDTH, s -> font.width(s, 26))) {
      PageFlow.text(cs, font, line, PageFlow.LEFT, flow.y, 26, PageFlow.INK, true);
      flow.y -= 36;
    }
    flow.y += 14;
    PageFlow.rule(cs, PageFlow.LEFT, flow.y, PageFlow.LEFT + 120, flow.y, 2.5f, ACCENT);
    flow.y -= 34;
    new TableDrawer(flow, false).keyValues(new ReportBlock.KeyValues(c.entries()));
    flow.newPage();
  }

  private void heading(ReportBlock.Heading h, ReportBlock next) throws IOException {
    boolean section = h.level() <= 1;
    float size = section ? 15f : 11f;
    String text = font.printable(h.text());
    List<String> lines = TextWrap.lines(text, PageFlow.WIDTH, s -> font.width(s, size));
    float height = lines.size() * size * 1.5f + (section ? 12 : 6);
    // Keep a heading with what follows it (a whole chart, or the start of anything else): never alone at a page's foot.
    float following = next instanceof ReportBlock.ChartBlock c ? chartHeight(c.chart().layout()) + 20 : section ? 120 : 80;
    flow.ensure(height + following);
    if (!flow.isPageEmpty()) flow.y -= section ? 16 : 8;
    for (String line : lines) {
      flow.y -= size * 1.15f;
      PageFlow.text(flow.cs(), font, line, PageFlow.LEFT, flow.y, size, section ? ACCENT : PageFlow.INK, true);
      flow.y -= size * 0.35f;
    }
    if (section) {
      flow.y -= 4;
      PageFlow.rule(flow.cs(), PageFlow.LEFT, flow.y, PageFlow.RIGHT, flow.y, 1.2f, ACCENT);
      flow.y -= 12;
    } else {
      flow.y -= 5;
    }
  }

  private void paragraph(String text, float size, int ink) throws IOException {
    float leading = size * 1.7f;
    for (String line : TextWrap.lines(font.printable(text), PageFlow.WIDTH, s -> font.width(s, size))) {
      flow.ensure(leading);
      flow.y -= leading;
      PageFlow.text(flow.cs(), font, line, PageFlow.LEFT, flow.y + (leading - size) / 2, size, ink, false);
    }
    flow.y -= size * 0.7f;
  }

  private void chart(Drawing drawing) throws IOException {
    float scale = PageFlow.WIDTH / (float) drawing.width();
    float height = chartHeight(drawing);
    float caption = drawing.title().isBlank() ? 0 : 20;
    flow.ensure(caption + height);
    if (caption > 0) {
      flow.y -= 12;
      PageFlow.text(flow.cs(), font, font.printable(drawing.title()), PageFlow.LEFT, flow.y, 9.6f, PageFlow.INK, true);
      flow.y -= 8;
    }
    new ChartDrawer(flow.cs(), font, PageFlow.LEFT, flow.y, scale).draw(drawing);
    flow.y -= height + 12;
  }

  private static float chartHeight(Drawing drawing) {
    return (float) (drawing.height() * PageFlow.WIDTH / drawing.width());
  }

  private void footers(ReportDocument d) throws IOException {
    List<PDPage> pages = flow.pages;
    float size = 7.6f;
    for (int i = 0; i < pages.size(); i++) {
      try (PDPageContentStream cs = new PDPageContentStream(flow.doc, pages.get(i), PDPageContentStream.AppendMode.APPEND,
          true, true)) {
        float line = 44;
        float base = 31;
        PageFlow.rule(cs, PageFlow.LEFT, line, PageFlow.RIGHT, line, 0.5f, 0xc9d2dc);
        PageFlow.text(cs, font, font.printable(d.footerLeft()), PageFlow.LEFT, base, size, PageFlow.MUTED, false);
        String center = font.printable(d.footerCenter());
        PageFlow.text(cs, font, center, (PageFlow.LEFT + PageFlow.RIGHT - font.width(center, size)) / 2, base, size,
            PageFlow.MUTED, false);
        String number = (i + 1) + " / " + pages.size();
        PageFlow.text(cs, font, number, PageFlow.RIGHT - font.width(number, size), base, size, PageFlow.MUTED, false);
      }
    }
  }

  private static void properties(PDDocument doc, ReportDocument d) {
    PDDocumentInformation info = new PDDocumentInformation();
    info.setTitle(d.title());
    info.setAuthor(d.author());
    info.setCreator("共感ワークベンチ Kyokan Workbench");
    info.setProducer("Kyokan Workbench (Apache PDFBox)");
    GregorianCalendar created = GregorianCalendar.from(d.created());
    info.setCreationDate(created);
    info.setModificationDate(created);
    doc.setDocumentInformation(info);
    doc.getDocumentCatalog().setLanguage(d.language());
    // Without an /ID of our own, PDFBox derives one from the clock, and no two runs would give the same bytes.
    byte[] id = Arrays.copyOf(sha256(d.title() + "\n" + d.footerLeft() + "\n" + d.footerCenter() + "\n" + d.created()), 16);
    COSArray ids = new COSArray();
    ids.add(new COSString(id));
    ids.add(new COSString(id));
    doc.getDocument().getTrailer().setItem(COSName.ID, ids);
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

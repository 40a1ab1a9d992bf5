package kyokan.core.outreach.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kyokan.core.ValidationException;
import kyokan.core.outreach.print.PdfGlyphs.Glyph;
import org.junit.jupiter.api.Test;

class LabelSheetPdfTest {
  // The sheet as sold: A4, 2 × 6 labels of 86.4 × 42.3 mm, no gaps, centred: (210 − 172.8)/2 = 18.6 mm and
  // (297 − 253.8)/2 = 21.6 mm margins.
  private static final double MARGIN_LEFT = 18.6, MARGIN_TOP = 21.6, W = 86.4, H = 42.3;

  static List<MailRecipient> recipients(int count) {
    String[] families = {"山田", "佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "中村", "小林", "加藤", "吉田", "山本", "松本", "井上"};
    String[] addresses = {"東京都渋谷区神宮前1丁目2−3 サンプルビル4F", "大阪府大阪市北区梅田3丁目1番3号",
        "福岡県福岡市博多区博多駅前2丁目1-1 はかた駅前マンション1203号室", "北海道札幌市北区北6条西4丁目"};
    List<MailRecipient> list = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String name = families[i % families.length] + " 花子";
      list.add(new MailRecipient(name, String.format("150-%04d", i + 1), addresses[i % addresses.length],
          Map.of("氏名", name)));
    }
    return list;
  }

  @Test
  void eachLabelsTextSitsInsideItsLabelWithOffsetsAndStart() {
    LabelLayout layout = new LabelLayout(1.5, -2.0, 5);
    List<MailRecipient> recipients = recipients(14);
    PdfGlyphs pdf = PdfGlyphs.read(LabelSheetPdf.write(recipients, layout));
    assertEquals(2, pdf.pages(), "8 labels fit from label 5 on, 6 go to a second sheet");
    for (int i = 0; i < recipients.size(); i++) {
      int slot = i + 4;
      int page = slot / 12 + 1;
      int onSheet = slot % 12;
      double left = MARGIN_LEFT + (onSheet % 2) * W + 1.5;
      double top = MARGIN_TOP + (onSheet / 2) * H - 2.0;
      List<Glyph> inside = pdf.on(page, g -> g.centreX() > left && g.centreX() < left + W
          && g.baseline() > top && g.baseline() < top + H);
      for (Glyph g : inside) {
        assertTrue(g.left() >= left && g.right() <= left + W && g.top() >= top && g.baseline() <= top + H,
            "glyph " + g + " of label " + (onSheet + 1) + " crosses its edge");
      }
      Glyph mark = inside.get(0);
      assertEquals(left + 6, mark.left(), 0.05, "the text starts 6 mm inside the label's left edge");
      assertEquals(top + 5, mark.top(), 0.05, "and 5 mm below its top");
      String text = PdfGlyphs.text(inside);
      MailRecipient r = recipients.get(i);
      assertTrue(text.startsWith("〒" + r.postalCode()), text);
      assertTrue(text.endsWith(r.name() + "　様"), text);
    }
    assertEquals(0, pdf.on(1, g -> g.baseline() < MARGIN_TOP + 2 * H - 2.0).size(), "labels 1–4 stay blank");
    assertEquals(0, pdf.on(2, g -> g.baseline() > MARGIN_TOP + 3 * H - 2.0).size(), "sheet 2 ends at label 6");
  }

  @Test
  void everyGlyphLiesOnALabel() {
    PdfGlyphs pdf = PdfGlyphs.read(LabelSheetPdf.write(recipients(12), LabelLayout.DEFAULT));
    assertEquals(1, pdf.pages());
    assertEquals(595.28f, pdf.pageSizesPt().get(0)[0], 0.01f);
    assertEquals(841.89f, pdf.pageSizesPt().get(0)[1], 0.01f);
    for (Glyph g : pdf.glyphs()) {
      double inColumn = (g.left() - MARGIN_LEFT) % W;
      assertTrue(g.left() > MARGIN_LEFT && g.right() < MARGIN_LEFT + 2 * W, g.toString());
      assertTrue(inColumn + g.width() <= W, "glyph crosses into the next column: " + g);
      double inRow = (g.baseline() - MARGIN_TOP) % H;
      assertTrue(inRow - 0.88 * g.size() >= 0, "glyph crosses into the label above: " + g);
    }
  }

  @Test
  void aLongAddressWrapsWithinTheLabel() {
    String address = "神奈川県足柄下郡箱根町仙石原字品の木一二三番地の四五 リゾートレジデンス箱根仙石原ガーデンテラス東棟二〇三号室";
    PdfGlyphs pdf = PdfGlyphs.read(LabelSheetPdf.write(
        List.of(new MailRecipient("長谷川 久美子", "250-0631", address, Map.of())), LabelLayout.DEFAULT));
    List<Glyph> glyphs = pdf.on(1);
    assertTrue(PdfGlyphs.text(glyphs).contains("二〇三号室"));
    assertTrue(glyphs.stream().map(Glyph::baseline).distinct().count() >= 4, "postcode, two or more address lines, name");
    for (Glyph g : glyphs) assertTrue(g.right() <= MARGIN_LEFT + W && g.baseline() <= MARGIN_TOP + H, g.toString());
  }

  @Test
  void theBuildingStartsItsOwnLineWhenTheAddressIsLong() {
    PdfGlyphs pdf = PdfGlyphs.read(LabelSheetPdf.write(List.of(PostcardPdfTest.HANAKO), LabelLayout.DEFAULT));
    List<Glyph> glyphs = pdf.on(1);
    double street = glyphs.stream().filter(g -> g.text().equals("宮")).findFirst().orElseThrow().baseline();
    List<Glyph> buildingLine = pdf.on(1, g -> g.baseline() > street + 1 && g.baseline() < street + 8);
    assertEquals("サンプルビル4F", PdfGlyphs.text(buildingLine));
    assertEquals(MARGIN_LEFT + 6, buildingLine.get(0).left(), 0.05);
  }

  @Test
  void badLayoutsAndEmptyListsAreRefused() {
    assertEquals(Map.of("startAt", "outreach.print.error.startAt"),
        assertThrows(ValidationException.class, () -> new LabelLayout(0, 0, 0)).problems());
    assertThrows(ValidationException.class, () -> new LabelLayout(0, 0, 13));
    assertEquals(Map.of("offsetXmm", "outreach.print.error.offset", "offsetYmm", "outreach.print.error.offset"),
        assertThrows(ValidationException.class, () -> new LabelLayout(12, -10.5, 1)).problems());
    assertThrows(ValidationException.class, () -> new LabelLayout(Double.NaN, 0, 1));
    new LabelLayout(10, -10, 12);
    assertThrows(IllegalArgumentException.class, () -> LabelSheetPdf.write(List.of(), LabelLayout.DEFAULT));
  }
}

package kyokan.core.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The last row of a sheet as its {@code <dimension ref="A1:H54000"/>} declares it, read from the start of
 * the sheet's XML, so progress through a workbook can be shown as a share.
 */
final class XlsxSheetSize {
  private static final String RELATIONSHIPS = "xl/_rels/workbook.xml.rels";

  private XlsxSheetSize() {}

  /** The last row number, or 0 when the workbook does not say (progress is then shown as rows read only). */
  static long lastRow(Path file, String sheetRelationId) {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      String target = sheetPart(zip, sheetRelationId);
      ZipEntry entry = target == null ? null : zip.getEntry(target);
      if (entry == null) return 0;
      try (InputStream in = zip.getInputStream(entry)) {
        return dimensionLastRow(in);
      }
    } catch (IOException | XMLStreamException | RuntimeException e) {
      // Only progress depends on this; the rows themselves are read by fastexcel.
      return 0;
    }
  }

  private static String sheetPart(ZipFile zip, String relationId) throws IOException, XMLStreamException {
    ZipEntry rels = zip.getEntry(RELATIONSHIPS);
    if (rels == null) return null;
    try (InputStream in = zip.getInputStream(rels)) {
      XMLStreamReader xml = xmlFactory().createXMLStreamReader(in);
      while (xml.hasNext()) {
        if (xml.next() == XMLStreamConstants.START_ELEMENT && "Relationship".equals(xml.getLocalName())
            && relationId.equals(xml.getAttributeValue(null, "Id"))) {
          String target = xml.getAttributeValue(null, "Target");
          return target.startsWith("/") ? target.substring(1) : "xl/" + target;
        }
      }
    }
    return null;
  }

  private static long dimensionLastRow(InputStream in) throws XMLStreamException {
    XMLStreamReader xml = xmlFactory().createXMLStreamReader(in);
    while (xml.hasNext()) {
      if (xml.next() != XMLStreamConstants.START_ELEMENT) continue;
      if ("sheetData".equals(xml.getLocalName())) return 0;
      if ("dimension".equals(xml.getLocalName())) {
        String ref = xml.getAttributeValue(null, "ref");
        int colon = ref == null ? -1 : ref.indexOf(':');
        return colon < 0 ? 0 : Long.parseLong(ref.substring(colon + 1).replaceAll("[^0-9]", ""));
      }
    }
    return 0;
  }

  private static XMLInputFactory xmlFactory() {
    XMLInputFactory factory = XMLInputFactory.newInstance();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    return factory;
  }
}

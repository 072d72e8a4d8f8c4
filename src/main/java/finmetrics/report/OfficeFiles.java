package finmetrics.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.Calendar;
import java.util.Date;
import java.util.Optional;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.ooxml.POIXMLDocument;
import org.apache.poi.ooxml.POIXMLProperties;

/**
 * What the workbook and the deck share: fixed document properties and a zip with fixed entry
 * times, so that two runs on the same facts give the same bytes (POI stamps both with the clock).
 */
final class OfficeFiles {
  /** The timestamp every document property and zip entry carries: the start of 2000, UTC. */
  private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

  private OfficeFiles() {}

  static void fixProperties(POIXMLDocument document, String title) {
    POIXMLProperties.CoreProperties core = document.getProperties().getCoreProperties();
    Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    utc.clear();
    utc.set(2000, Calendar.JANUARY, 1, 0, 0, 0);
    Date fixed = utc.getTime();
    core.setCreated(Optional.of(fixed));
    core.setModified(Optional.of(fixed));
    core.setCreator("finmetrics");
    core.setLastModifiedByUser("finmetrics");
    core.setTitle(title);
    document.getProperties().getExtendedProperties().setApplication("finmetrics");
  }

  /** Writes a document as a zip. */
  interface Writing {
    void write(OutputStream out) throws IOException;
  }

  /** The document's bytes with every zip entry dated {@link #FIXED_TIME}, in POI's entry order. */
  static byte[] bytes(POIXMLDocument document) throws IOException {
    return bytes(document::write);
  }

  /** As above, for a document that writes itself another way (a streamed workbook). */
  static byte[] bytes(Writing document) throws IOException {
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    document.write(raw);
    ByteArrayOutputStream out = new ByteArrayOutputStream(raw.size());
    // Commons Compress reads what java.util.zip cannot: SXSSF's entries give their sizes after the data.
    try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(raw.toByteArray()));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.setLevel(6);
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTimeLocal(FIXED_TIME); // local date-time fields: the same bytes in every time zone
        zip.putNextEntry(copy);
        in.transferTo(zip);
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }
}

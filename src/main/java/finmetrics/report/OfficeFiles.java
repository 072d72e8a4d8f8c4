package finmetrics.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.Calendar;
import java.util.Date;
import java.util.Optional;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ooxml.POIXMLDocument;
import org.apache.poi.ooxml.POIXMLProperties;

/**
 * What the workbook and the deck share: fixed document properties and a zip with fixed entry
 * times, so that two runs on the same facts give the same bytes (POI stamps both with the clock).
 */
final class OfficeFiles {
  /** The timestamp every document property and zip entry carries: the start of 2000, UTC. */
  static final LocalDateTime FIXED_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

  private OfficeFiles() {}

  /**
   * {@link #FIXED_TIME} in this machine's time zone, which a zip writer turns back into the same
   * local date and time fields: the same bytes in every time zone.
   */
  static long fixedTimeMillis() {
    return FIXED_TIME.atZone(java.time.ZoneId.systemDefault()).toInstant().toEpochMilli();
  }

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

  /** The document's bytes with every zip entry dated {@link #FIXED_TIME}, in POI's entry order. */
  static byte[] bytes(POIXMLDocument document) throws IOException {
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    document.write(raw);
    ByteArrayOutputStream out = new ByteArrayOutputStream(raw.size());
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(raw.toByteArray()));
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

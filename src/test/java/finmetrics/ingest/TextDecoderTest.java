package finmetrics.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Encodings told by a byte-order mark, by valid UTF-8, else Windows-1252; binary refused. */
class TextDecoderTest {
  private static final String TEXT = "Société Générale earned €4.2 billion in 2020.\n";

  private static byte[] withPrefix(int[] prefix, byte[] body) {
    byte[] out = new byte[prefix.length + body.length];
    for (int i = 0; i < prefix.length; i++) {
      out[i] = (byte) prefix[i];
    }
    System.arraycopy(body, 0, out, prefix.length, body.length);
    return out;
  }

  @Test
  void plainUtf8IsReadAsItIsWithoutAWarning() {
    TextDecoder.Decoded d = TextDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_8));
    assertEquals(TEXT, d.text());
    assertNull(d.warning());
    assertNull(d.problem());
  }

  @Test
  void aUtf8ByteOrderMarkIsDroppedSoTheFirstLineStaysIntact() {
    TextDecoder.Decoded d = TextDecoder.decode(withPrefix(new int[] {0xEF, 0xBB, 0xBF}, TEXT.getBytes(StandardCharsets.UTF_8)));
    assertEquals(TEXT, d.text());
    assertNull(d.warning());
  }

  @Test
  void utf16InBothByteOrdersIsDecodedFromItsByteOrderMarkWithAWarning() {
    TextDecoder.Decoded le = TextDecoder.decode(withPrefix(new int[] {0xFF, 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE)));
    TextDecoder.Decoded be = TextDecoder.decode(withPrefix(new int[] {0xFE, 0xFF}, TEXT.getBytes(StandardCharsets.UTF_16BE)));
    assertEquals(TEXT, le.text());
    assertEquals(TEXT, be.text());
    assertTrue(le.warning().contains("UTF-16LE"), le.warning());
    assertTrue(be.warning().contains("UTF-16BE"), be.warning());
  }

  @Test
  void textThatIsNotUtf8IsReadAsWindows1252WithAWarningSayingSo() {
    TextDecoder.Decoded d = TextDecoder.decode(TEXT.getBytes(Charset.forName("windows-1252")));
    assertEquals(TEXT, d.text());
    assertEquals("not UTF-8; read as Windows-1252 (save it as UTF-8 to silence this)", d.warning());
  }

  @Test
  void binaryContentIsRefusedWhateverItLooksLike() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0};
    byte[] random = new byte[4096];
    new Random(7).nextBytes(random);
    byte[] utf16WithNul = withPrefix(new int[] {0xFF, 0xFE}, new byte[] {'a', 0, 0, 0});
    for (byte[] bytes : new byte[][] {png, zip, random, utf16WithNul, {'a', 0, 'b'}}) {
      assertEquals(TextDecoder.BINARY, TextDecoder.decode(bytes).problem());
    }
  }

  @Test
  void emptyAndWhitespaceOnlyFilesAreRefused() {
    assertEquals("empty file", TextDecoder.decode(new byte[0]).problem());
    assertEquals("empty file (only whitespace)", TextDecoder.decode(" \r\n\t".getBytes(StandardCharsets.US_ASCII)).problem());
    assertEquals("empty file (only whitespace)", TextDecoder.decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}).problem());
  }

  @Test
  void aLoneCarriageReturnBecomesALineFeedAndCrlfStaysSoOffsetsDoNotMove() {
    String text = TextDecoder.decode("a\rb\r\nc\r".getBytes(StandardCharsets.US_ASCII)).text();
    assertEquals("a\nb\r\nc\n", text);
  }
}

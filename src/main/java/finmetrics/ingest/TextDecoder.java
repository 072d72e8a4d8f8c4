package finmetrics.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into the text the reader parses, or says why they are not text.
 *
 * <p>The encoding is told, in order, by a byte-order mark (UTF-8, UTF-16LE, UTF-16BE), by the
 * bytes being valid UTF-8, or else taken to be Windows-1252, the usual encoding of older exports.
 * Anything but UTF-8 is named in a warning. The byte-order mark is dropped and a lone carriage
 * return becomes a line feed (one character for one), so offsets into the text stay offsets into
 * the file's characters and CRLF, CR and LF files all count lines alike.
 */
final class TextDecoder {
  static final String BINARY = "not a text file (binary content)";
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /**
   * The outcome: {@code problem} non-null when the bytes are refused; otherwise {@code text}, and
   * {@code warning} non-null when the encoding was not plain UTF-8.
   */
  record Decoded(String text, String warning, String problem) {
    static Decoded refused(String problem) {
      return new Decoded(null, null, problem);
    }
  }

  private TextDecoder() {}

  static Decoded decode(byte[] bytes) {
    if (bytes.length == 0) {
      return Decoded.refused("empty file");
    }
    Decoded decoded;
    if (startsWith(bytes, 0xFF, 0xFE)) {
      decoded = utf16(bytes, StandardCharsets.UTF_16LE, "UTF-16LE");
    } else if (startsWith(bytes, 0xFE, 0xFF)) {
      decoded = utf16(bytes, StandardCharsets.UTF_16BE, "UTF-16BE");
    } else {
      int from = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
      decoded = eightBit(bytes, from);
    }
    if (decoded.problem() != null) {
      return decoded;
    }
    if (decoded.text().isBlank()) {
      return Decoded.refused("empty file (only whitespace)");
    }
    return new Decoded(normaliseLoneCarriageReturns(decoded.text()), decoded.warning(), null);
  }

  private static Decoded utf16(byte[] bytes, Charset charset, String name) {
    String text;
    try {
      text = strict(charset, bytes, 2);
    } catch (CharacterCodingException e) {
      return Decoded.refused("not valid " + name + " text (it starts with a " + name + " byte-order mark)");
    }
    if (text.indexOf('\0') >= 0) {
      return Decoded.refused(BINARY);
    }
    return new Decoded(text, "read as " + name + " (byte-order mark); save it as UTF-8 to silence this", null);
  }

  private static Decoded eightBit(byte[] bytes, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return Decoded.refused(BINARY);
      }
    }
    try {
      return new Decoded(strict(StandardCharsets.UTF_8, bytes, from), null, null);
    } catch (CharacterCodingException notUtf8) {
      // Not UTF-8. Windows-1252 text never holds C0 control bytes other than tab, line and page
      // breaks, nor the five bytes Windows-1252 leaves undefined; binary data almost always does.
      for (int i = from; i < bytes.length; i++) {
        if (isBinaryByte(bytes[i] & 0xFF)) {
          return Decoded.refused(BINARY);
        }
      }
      try {
        String text = strict(WINDOWS_1252, bytes, from);
        return new Decoded(text, "not UTF-8; read as Windows-1252 (save it as UTF-8 to silence this)", null);
      } catch (CharacterCodingException e) {
        return Decoded.refused(BINARY);
      }
    }
  }

  private static boolean isBinaryByte(int b) {
    boolean control = b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' || b == 0x7F;
    boolean undefinedIn1252 = b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D;
    return control || undefinedIn1252;
  }

  private static String strict(Charset charset, byte[] bytes, int from) throws CharacterCodingException {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes, from, bytes.length - from))
        .toString();
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** "a\rb" → "a\nb"; "a\r\nb" stays. */
  static String normaliseLoneCarriageReturns(String text) {
    if (text.indexOf('\r') < 0) {
      return text;
    }
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] == '\r' && (i + 1 == chars.length || chars[i + 1] != '\n')) {
        chars[i] = '\n';
      }
    }
    return new String(chars);
  }
}

package dev.precis.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/**
 * Turns a file's bytes into text.
 *
 * <p>Order of trust: a byte order mark, then a charset the document declares (HTML's {@code <meta
 * charset>}), then strict UTF-8. Only when the bytes are not valid UTF-8 does it fall back to a
 * legacy single-byte charset, and it says so in {@link Decoded#warning()} so that nothing is
 * guessed silently.
 */
final class TextDecoder {
  static final Charset WINDOWS_1250 = Charset.forName("windows-1250");
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /**
   * Bytes whose windows-1250 letter is frequent in Czech, Slovak or Polish (ř ě ň ť ą ł ź and
   * capitals) while their windows-1252 reading (ø ì ò, undefined, ¹ ³ Ÿ) is rare in Western text.
   * Bytes such as 0x9A (š) or 0xE8 (č/è) mean the same or are common in both, so they decide
   * nothing.
   */
  private static final String CENTRAL_EUROPEAN_BYTES =
      "\u00F8\u00EC\u00F2\u009D\u00B9\u00B3\u009F\u00D8\u00CC\u00C8\u008D\u00A5\u008F";

  /** The reverse: à ã å £ and capitals are common in Western text, their 1250 twins are rare. */
  private static final String WESTERN_BYTES = "\u00E0\u00C0\u00E3\u00E5\u00C5\u00A3";

  /** Text plus how its charset was chosen; {@code warning} is null unless it was a guess. */
  record Decoded(String text, Charset charset, String warning) {}

  private final Charset fallback;

  /**
   * @param fallback charset for bytes that are not valid UTF-8, or null to choose between
   *     windows-1250 and windows-1252 from the bytes themselves
   */
  TextDecoder(Charset fallback) {
    this.fallback = fallback;
  }

  /**
   * Decodes {@code bytes}; {@code declared} is a charset name the document itself states (from
   * HTML meta), or null.
   */
  Decoded decode(byte[] bytes, String declared) {
    Decoded decoded = decodeBytes(bytes, declared);
    // further byte order marks (a file saved twice, or files joined) are invisible, never text;
    // one would otherwise open a headline or a paragraph
    return decoded.text().indexOf('\uFEFF') < 0 ? decoded
        : new Decoded(decoded.text().replace("\uFEFF", ""), decoded.charset(), decoded.warning());
  }

  private Decoded decodeBytes(byte[] bytes, String declared) {
    ByteOrderMark bom = ByteOrderMark.of(bytes);
    if (bom != null && bom.isUtf16()) {
      return new Decoded(
          new String(bytes, bom.length(), bytes.length - bom.length(), bom.charset()),
          bom.charset(),
          null);
    }
    int start = bom == null ? 0 : bom.length();
    String warning = null;
    if (declared != null && bom == null) {
      Charset charset = resolveDeclared(declared);
      if (charset == null) {
        warning = "declares unknown charset '" + declared + "', ignored";
      } else if (!charset.equals(StandardCharsets.UTF_8)) {
        // A declaration is what browsers obey, so we do too.
        return new Decoded(new String(bytes, start, bytes.length - start, charset), charset, null);
      }
    }
    String utf8 = strictUtf8(bytes, start);
    if (utf8 != null) {
      return new Decoded(utf8, StandardCharsets.UTF_8, warning);
    }
    Charset legacy = fallback != null ? fallback : guessLegacy(bytes, start);
    String why = fallback != null ? "the configured fallback" : describeGuess(legacy);
    String note = "is not valid UTF-8; read as " + legacy.name() + " (" + why + ")";
    return new Decoded(
        new String(bytes, start, bytes.length - start, legacy),
        legacy,
        warning == null ? note : warning + "; " + note);
  }

  private static String strictUtf8(byte[] bytes, int start) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** Windows-1250 when its Central European letters outnumber Western ones, else windows-1252. */
  static Charset guessLegacy(byte[] bytes, int start) {
    int central = 0;
    int western = 0;
    for (int i = start; i < bytes.length; i++) {
      char c = (char) (bytes[i] & 0xFF);
      if (CENTRAL_EUROPEAN_BYTES.indexOf(c) >= 0) {
        central++;
      } else if (WESTERN_BYTES.indexOf(c) >= 0) {
        western++;
      }
    }
    return central > western ? WINDOWS_1250 : WINDOWS_1252;
  }

  private static String describeGuess(Charset legacy) {
    return legacy.equals(WINDOWS_1250)
        ? "its accented letters look Central European"
        : "the usual Western European fallback";
  }

  /**
   * Maps a declared name to the charset browsers would use: the WHATWG encoding standard reads
   * Latin-1 and ASCII labels as windows-1252, and UTF-16 labels in a byte-oriented page as UTF-8.
   */
  private static Charset resolveDeclared(String name) {
    String label = name.trim().toLowerCase(Locale.ROOT);
    switch (label) {
      case "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii" -> {
        return WINDOWS_1252;
      }
      case "utf-16", "utf-16le", "utf-16be" -> {
        return StandardCharsets.UTF_8;
      }
      default -> {
        try {
          return Charset.forName(label);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
          return null;
        }
      }
    }
  }
}

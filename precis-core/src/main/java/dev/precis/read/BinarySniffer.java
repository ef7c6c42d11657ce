package dev.precis.read;

import java.nio.charset.StandardCharsets;

/**
 * Tells whether a file is binary (an image, an archive, a PDF) rather than text, so that the user
 * gets "looks binary" instead of a summary of garbage.
 */
final class BinarySniffer {
  /** How much of the start of a file is looked at; binaries give themselves away early. */
  static final int SAMPLE_BYTES = 8 * 1024;

  /** Above this share of control characters, text is not prose any more (10%). */
  private static final double MAX_CONTROL_SHARE = 0.10;

  private BinarySniffer() {}

  /** Why {@code bytes} look binary, e.g. "a PDF document" or "contains NUL bytes"; null if text. */
  static String reasonIfBinary(byte[] bytes) {
    String magic = knownFormat(bytes);
    if (magic != null) {
      return magic;
    }
    return reasonIfBinary(sample(bytes));
  }

  /**
   * The first bytes as characters. UTF-16 text is full of zero bytes, so it is decoded first;
   * anything else is viewed one byte per character, which keeps control bytes visible as such.
   */
  private static String sample(byte[] bytes) {
    ByteOrderMark bom = ByteOrderMark.of(bytes);
    int start = bom == null ? 0 : bom.length();
    int length = Math.min(SAMPLE_BYTES, bytes.length - start);
    if (bom != null && bom.isUtf16()) {
      return new String(bytes, start, length & ~1, bom.charset());
    }
    return new String(bytes, start, length, StandardCharsets.ISO_8859_1);
  }

  private static String reasonIfBinary(String sample) {
    int controls = 0;
    for (int i = 0; i < sample.length(); i++) {
      char c = sample.charAt(i);
      if (c == 0) {
        return "contains NUL bytes";
      }
      if (isControl(c)) {
        controls++;
      }
    }
    if (sample.isEmpty() || controls <= sample.length() * MAX_CONTROL_SHARE) {
      return null;
    }
    return Math.round(100.0 * controls / sample.length()) + "% control characters";
  }

  /** C0 controls and DEL, except the white space text really uses (tab, newlines, form feed). */
  private static boolean isControl(char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F;
  }

  /** Names the common binaries people pass by mistake; their magic numbers are unambiguous. */
  private static String knownFormat(byte[] bytes) {
    if (startsWith(bytes, "%PDF-")) {
      return "a PDF document";
    }
    if (startsWith(bytes, "PK\u0003\u0004")) {
      return "a ZIP archive or an Office document";
    }
    if (startsWith(bytes, "\u001F\u008B")) {
      return "gzip-compressed";
    }
    if (startsWith(bytes, "\u0089PNG")) {
      return "a PNG image";
    }
    if (startsWith(bytes, "\u00FF\u00D8\u00FF")) {
      return "a JPEG image";
    }
    if (startsWith(bytes, "GIF8")) {
      return "a GIF image";
    }
    return null;
  }

  private static boolean startsWith(byte[] bytes, String latin1Prefix) {
    if (bytes.length < latin1Prefix.length()) {
      return false;
    }
    for (int i = 0; i < latin1Prefix.length(); i++) {
      if ((bytes[i] & 0xFF) != latin1Prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}

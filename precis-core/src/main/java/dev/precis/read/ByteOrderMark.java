package dev.precis.read;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** A byte order mark at the start of a file: which charset it announces and how long it is. */
record ByteOrderMark(Charset charset, int length) {

  /** The mark {@code bytes} start with, or null when there is none. */
  static ByteOrderMark of(byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new ByteOrderMark(StandardCharsets.UTF_8, 3);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new ByteOrderMark(StandardCharsets.UTF_16LE, 2);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new ByteOrderMark(StandardCharsets.UTF_16BE, 2);
    }
    return null;
  }

  boolean isUtf16() {
    return !charset.equals(StandardCharsets.UTF_8);
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
}

package dev.precis.read;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the charset an HTML page declares in its {@code <meta>} tags, before decoding it. */
final class HtmlCharset {
  /**
   * Browsers look at the first 1024 bytes; pages with long heads often put the meta later, so we
   * look a little further.
   */
  private static final int PRESCAN_BYTES = 4096;

  /** Covers {@code <meta charset="x">} and {@code <meta http-equiv=... content="...; charset=x">}. */
  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

  private HtmlCharset() {}

  /** The declared charset name, or null. */
  static String declared(byte[] bytes) {
    // Latin-1 maps bytes one to one, which is all an ASCII-only search needs.
    String head = new String(bytes, 0, Math.min(PRESCAN_BYTES, bytes.length), StandardCharsets.ISO_8859_1);
    Matcher matcher = META_CHARSET.matcher(head);
    return matcher.find() ? matcher.group(1) : null;
  }
}

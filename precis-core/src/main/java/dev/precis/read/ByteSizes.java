package dev.precis.read;

import java.util.Locale;

/** Human-readable byte counts for messages ("50.0 MB", "10 MB"). MB means MiB, as in file managers. */
final class ByteSizes {
  private static final long KB = 1024;
  private static final long MB = 1024 * KB;

  private ByteSizes() {}

  /** A measured size, with one decimal: "50.0 MB", "2.5 KB", "300 bytes". */
  static String size(long bytes) {
    if (bytes >= MB) {
      return String.format(Locale.ROOT, "%.1f MB", (double) bytes / MB);
    }
    if (bytes >= KB) {
      return String.format(Locale.ROOT, "%.1f KB", (double) bytes / KB);
    }
    return bytes + (bytes == 1 ? " byte" : " bytes");
  }

  /** A configured limit, without decimals when it is a whole number of units: "10 MB". */
  static String limit(long bytes) {
    if (bytes >= MB && bytes % MB == 0) {
      return bytes / MB + " MB";
    }
    if (bytes >= KB && bytes % KB == 0) {
      return bytes / KB + " KB";
    }
    return size(bytes);
  }
}

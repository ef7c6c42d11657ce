package dev.precis.read;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** The input formats {@link ArticleReader} understands. */
public enum InputFormat {
  /** Plain text, one article; a leading headline becomes the title. */
  TEXT("txt"),
  /** A web page; main text found by Crux, with a jsoup fallback. */
  HTML("html", "htm"),
  /** One article object, an array of them, {@code {"articles": [...]}}, or objects one after another. */
  JSON("json"),
  /** JSON lines: one article object per line. */
  JSONL("jsonl"),
  /** An RSS 0.9x/1.0/2.0 or Atom 1.0 feed: one article per entry. */
  FEED("rss", "atom", "rdf", "xml"),
  /** An OPML list of feeds: the articles of every feed it lists. */
  OPML("opml");

  /** For messages: what a directory walk looks for. */
  static final String EXTENSIONS =
      ".txt, .html, .htm, .json, .jsonl, .rss, .atom, .rdf, .xml, .opml";

  private final String[] extensions;

  InputFormat(String... extensions) {
    this.extensions = extensions;
  }

  /**
   * The format a file name's extension stands for (case-insensitive), or empty when the name has
   * no extension or one we do not know.
   */
  public static Optional<InputFormat> forFileName(String name) {
    String extension = extension(name);
    for (InputFormat format : values()) {
      for (String candidate : format.extensions) {
        if (candidate.equals(extension)) {
          return Optional.of(format);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Guesses the format of nameless content such as standard input or a pasted body: JSON when it
   * starts with '{' or '[', a feed or OPML when it starts with '<' and its first element is
   * {@code <rss>}, {@code <feed>}, {@code <rdf:RDF>} or {@code <opml>}, HTML for other markup,
   * text otherwise.
   */
  public static InputFormat detect(byte[] bytes) {
    String trimmed = head(bytes);
    if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
      return JSON;
    }
    if (trimmed.startsWith("<")) {
      return xmlKind(trimmed);
    }
    return TEXT;
  }

  private static final java.util.regex.Pattern FIRST_ELEMENT =
      java.util.regex.Pattern.compile("<([A-Za-z][A-Za-z0-9:._-]*)");

  /** Markup's kind by its first element (after any XML declaration, comments, DOCTYPE). */
  private static InputFormat xmlKind(String head) {
    java.util.regex.Matcher m = FIRST_ELEMENT.matcher(head);
    if (!m.find()) {
      return HTML;
    }
    String element = m.group(1).toLowerCase(Locale.ROOT);
    return switch (element) {
      case "rss", "feed", "rdf:rdf" -> FEED;
      case "opml" -> OPML;
      default -> HTML;
    };
  }

  /** Whether the content opens a JSON array (after a byte order mark and white space). */
  static boolean isJsonArray(byte[] bytes) {
    return head(bytes).startsWith("[");
  }

  /** The first kilobyte or so, decoded enough to see how it opens, leading white space cut. */
  private static String head(byte[] bytes) {
    ByteOrderMark bom = ByteOrderMark.of(bytes);
    int start = bom == null ? 0 : bom.length();
    int length = Math.min(bytes.length - start, 1024);
    String head =
        bom != null && bom.isUtf16()
            ? new String(bytes, start, length & ~1, bom.charset())
            : new String(bytes, start, length, StandardCharsets.ISO_8859_1);
    return head.stripLeading();
  }

  /** Lower-case extension without the dot; "" when there is none. */
  static String extension(String name) {
    String fileName = fileName(name);
    int dot = fileName.lastIndexOf('.');
    return dot <= 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** The file name without its directory and without its extension (a leading dot is kept). */
  static String stem(String name) {
    String fileName = fileName(name);
    int dot = fileName.lastIndexOf('.');
    return dot <= 0 ? fileName : fileName.substring(0, dot);
  }

  private static String fileName(String name) {
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    return name.substring(slash + 1);
  }
}

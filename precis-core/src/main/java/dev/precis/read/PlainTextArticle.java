package dev.precis.read;

import dev.precis.text.Article;
import dev.precis.text.WordCount;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a plain-text article: a headline on the first line becomes the title, and paragraphs end
 * up one per line, the way the rest of Précis expects article text.
 */
final class PlainTextArticle {
  /** Headlines are short; a long first line is the lead paragraph. */
  static final int MAX_HEADLINE_CHARS = 200;

  static final int MAX_HEADLINE_WORDS = 25;

  /** Closing quotes and brackets, looked past when checking how a line ends. */
  private static final Pattern TRAILING_CLOSERS = Pattern.compile("[\"'”’»)\\]]+$");

  private PlainTextArticle() {}

  static Article parse(String id, String text) {
    List<List<String>> blocks = blocks(text);
    boolean blankLineSeparated = blocks.size() > 1;
    String title = null;
    if (blocks.size() > 1 && blocks.get(0).size() == 1 && looksLikeHeadline(blocks.get(0).get(0))) {
      title = blocks.get(0).get(0);
      blocks = blocks.subList(1, blocks.size());
      // Pages saved as text often repeat the headline as the first paragraph.
      if (blocks.size() > 1 && blocks.get(0).equals(List.of(title))) {
        blocks = blocks.subList(1, blocks.size());
      }
    }
    return Article.of(id, paragraphs(blocks, blankLineSeparated)).withTitle(title);
  }

  /** Runs of non-blank lines, each line stripped; blank lines only separate. */
  private static List<List<String>> blocks(String text) {
    List<List<String>> blocks = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (String line : text.split("\\R", -1)) {
      String stripped = line.strip();
      if (!stripped.isEmpty()) {
        current.add(stripped);
      } else if (!current.isEmpty()) {
        blocks.add(current);
        current = new ArrayList<>();
      }
    }
    if (!current.isEmpty()) {
      blocks.add(current);
    }
    return blocks;
  }

  /**
   * When the writer separated paragraphs with blank lines, single line breaks inside a paragraph
   * are only wrapping and become spaces; without any blank line, every line is a paragraph.
   */
  private static String paragraphs(List<List<String>> blocks, boolean blankLineSeparated) {
    List<String> paragraphs = new ArrayList<>();
    for (List<String> block : blocks) {
      if (blankLineSeparated) {
        paragraphs.add(String.join(" ", block));
      } else {
        paragraphs.addAll(block);
      }
    }
    return String.join("\n", paragraphs);
  }

  /** Short, and not ending like a sentence (a final '!' or '?' is fine in headlines). */
  static boolean looksLikeHeadline(String line) {
    if (line.length() > MAX_HEADLINE_CHARS || WordCount.of(line) > MAX_HEADLINE_WORDS) {
      return false;
    }
    String end = TRAILING_CLOSERS.matcher(line).replaceFirst("");
    return !end.isEmpty() && ".:;,…".indexOf(end.charAt(end.length() - 1)) < 0;
  }
}

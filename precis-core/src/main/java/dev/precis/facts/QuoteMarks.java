package dev.precis.facts;

import dev.precis.text.CharClass;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds quoted spans in one article: straight "…", curly “…” and newswire ``…'' quotes. A quote
 * may hold a nested one and may run across sentences; it may run across paragraphs the newswire way
 * (no closing mark at the paragraph's end, an opening mark at the next one's start). A quote left
 * open at a paragraph's end otherwise is dropped, as the marks are then too unreliable to trust.
 */
final class QuoteMarks {

  /**
   * A quoted span.
   *
   * @param text the quoted words, white space folded, without a trailing comma
   * @param start offset of the first quoted character
   * @param open offset of the opening mark
   * @param close offset after the closing mark
   */
  record Span(String text, int start, int open, int close) {}

  private enum Style {
    STRAIGHT,
    CURLY,
    BACKTICK
  }

  /** {@code Style.values()} once: the method copies the array at every call, here every character. */
  private static final Style[] STYLES = Style.values();

  private QuoteMarks() {}

  static List<Span> find(String text) {
    List<Span> spans = new ArrayList<>();
    int n = text.length();
    Style style = null;
    int depth = 0;
    int open = 0;
    StringBuilder quoted = new StringBuilder();
    int segmentStart = 0;
    int contentStart = 0;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n' && style != null) {
        int next = skipSpace(text, i);
        int markLength = depth == 1 ? openingMarkAt(text, next, style) : 0;
        if (markLength > 0) {
          quoted.append(text, segmentStart, i).append(' ');
          segmentStart = next + markLength;
          i = segmentStart;
        } else {
          style = null;
          depth = 0;
          i++;
        }
        continue;
      }
      if (!isMark(c)) {
        i++; // most characters open and close nothing: spared the look at every style
        continue;
      }
      if (style == null) {
        for (Style candidate : STYLES) {
          int markLength = openingMarkAt(text, i, candidate);
          if (markLength > 0) {
            style = candidate;
            depth = 1;
            open = i;
            contentStart = i + markLength;
            segmentStart = contentStart;
            quoted.setLength(0);
            break;
          }
        }
        i += style == null ? 1 : contentStart - i;
        continue;
      }
      int closing = closingMarkAt(text, i, style);
      int opening = closing > 0 ? 0 : openingMarkAt(text, i, style);
      if (closing > 0) {
        depth--;
        if (depth == 0) {
          quoted.append(text, segmentStart, i);
          spans.add(new Span(clean(quoted), contentStart, open, i + closing));
          style = null;
        }
        i += closing;
      } else if (opening > 0) {
        depth++;
        i += opening;
      } else {
        i++;
      }
    }
    return spans;
  }

  /** Whether {@code c} can open or close a quotation in some style. */
  private static boolean isMark(char c) {
    return c == '"' || c == '\'' || c == '`' || c == '\u201c' || c == '\u201d';
  }

  /** Length of the opening mark of {@code style} at {@code i}, or 0. */
  private static int openingMarkAt(String text, int i, Style style) {
    if (i >= text.length()) {
      return 0;
    }
    char c = text.charAt(i);
    return switch (style) {
      case CURLY -> c == '“' ? 1 : 0;
      case STRAIGHT -> c == '"' && opensWord(text, i, 1) ? 1 : 0;
      // DUC text sometimes opens with two apostrophes instead of two backticks
      case BACKTICK -> (c == '`' || c == '\'') && charAt(text, i + 1) == c && opensWord(text, i, 2) ? 2 : 0;
    };
  }

  private static int closingMarkAt(String text, int i, Style style) {
    char c = text.charAt(i);
    return switch (style) {
      case CURLY -> c == '”' ? 1 : 0;
      case STRAIGHT -> c == '"' && !opensWord(text, i, 1) ? 1 : 0;
      case BACKTICK -> c == '\'' && charAt(text, i + 1) == '\'' && !opensWord(text, i, 2) ? 2 : 0;
    };
  }

  /** A mark that opens sits after a space or bracket and before a non-space. */
  private static boolean opensWord(String text, int i, int markLength) {
    char before = charAt(text, i - 1);
    char after = charAt(text, i + markLength);
    boolean boundaryBefore =
        before == 0 || CharClass.isWhitespace(before) || "([{—–-/:".indexOf(before) >= 0;
    return boundaryBefore && after != 0 && !CharClass.isWhitespace(after);
  }

  private static char charAt(String text, int i) {
    return i >= 0 && i < text.length() ? text.charAt(i) : 0;
  }

  private static int skipSpace(String text, int i) {
    while (i < text.length() && CharClass.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static String clean(CharSequence quoted) {
    StringBuilder out = new StringBuilder(quoted.length());
    boolean space = false;
    for (int i = 0; i < quoted.length(); i++) {
      char c = quoted.charAt(i);
      if (CharClass.isWhitespace(c)) {
        space = !out.isEmpty();
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    while (!out.isEmpty() && out.charAt(out.length() - 1) == ',') {
      out.setLength(out.length() - 1);
    }
    return out.toString();
  }
}

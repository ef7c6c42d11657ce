package dev.precis.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The visible text of an element as paragraphs: block elements (p, headings, list items, ...) and
 * {@code <br>} end a paragraph, inline elements do not. jsoup's own {@code text()} runs everything
 * into one line, which would lose the paragraph structure summaries care about.
 */
final class BlockText {
  private static final Set<String> BLOCKS =
      Set.of(
          "address", "article", "aside", "blockquote", "body", "dd", "div", "dl", "dt",
          "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
          "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tr", "ul", "br");

  private BlockText() {}

  static List<String> paragraphs(Element root) {
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
              current.append(text.getWholeText());
            } else if (isBlock(node)) {
              flush(current, paragraphs);
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (isBlock(node)) {
              flush(current, paragraphs);
            }
          }
        },
        root);
    flush(current, paragraphs);
    return paragraphs;
  }

  private static boolean isBlock(Node node) {
    return node instanceof Element element && BLOCKS.contains(element.normalName());
  }

  private static void flush(StringBuilder current, List<String> paragraphs) {
    String paragraph = normalizeSpace(current);
    if (!paragraph.isEmpty()) {
      paragraphs.add(paragraph);
    }
    current.setLength(0);
  }

  /** Folds runs of white space, including no-break spaces from {@code &nbsp;}, to one space. */
  static String normalizeSpace(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean pendingSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        pendingSpace = out.length() > 0;
      } else {
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }
}

package dev.precis.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.verify.Verification;

/**
 * Writes a {@link Verification} as text, Markdown, JSON or HTML, byte for byte the same for the
 * same input.
 *
 * <pre>{@code
 * String json = VerificationWriter.write(verification, SummaryFormat.JSON);
 * }</pre>
 */
public final class VerificationWriter {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private VerificationWriter() {}

  public static String write(Verification v, SummaryFormat format) {
    return switch (format) {
      case TEXT -> text(v);
      case MARKDOWN -> markdown(v);
      case JSON -> json(v) + "\n";
      case HTML -> html(v);
    };
  }

  /**
   * The JSON tree: {@code {"sentences": [{"text", "verdict", "evidence": [{"article", "text",
   * "match"}], "conflicts": [{"article", "text", "what"}]}], "supported", "contradicted",
   * "unsupported"}}.
   */
  public static ObjectNode tree(Verification v) {
    ObjectNode root = MAPPER.createObjectNode();
    ArrayNode sentences = root.putArray("sentences");
    for (Verification.Checked s : v.sentences()) {
      ObjectNode node = sentences.addObject();
      node.put("text", s.text());
      node.put("verdict", s.verdict().label());
      ArrayNode evidence = node.putArray("evidence");
      for (Verification.Evidence e : s.evidence()) {
        evidence.addObject().put("article", e.article()).put("text", e.text())
            .put("match", e.match());
      }
      ArrayNode conflicts = node.putArray("conflicts");
      for (Verification.Conflict c : s.conflicts()) {
        conflicts.addObject().put("article", c.article()).put("text", c.text())
            .put("what", c.what());
      }
    }
    root.put("supported", v.supported());
    root.put("contradicted", v.contradicted());
    root.put("unsupported", v.unsupported());
    return root;
  }

  private static String json(Verification v) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree(v));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a verification tree always serialises", e);
    }
  }

  private static String counts(Verification v) {
    return v.supported() + " supported, " + v.contradicted() + " contradicted, "
        + v.unsupported() + " not found in the sources";
  }

  private static String text(Verification v) {
    StringBuilder b = new StringBuilder();
    for (Verification.Checked s : v.sentences()) {
      b.append('[').append(s.verdict().label()).append("] ").append(s.text()).append('\n');
      for (Verification.Evidence e : s.evidence()) {
        b.append("    ").append(e.match()).append(", ").append(e.article()).append(": ")
            .append(e.text()).append('\n');
      }
      for (Verification.Conflict c : s.conflicts()) {
        b.append("    differs (").append(c.what()).append("), ").append(c.article()).append(": ")
            .append(c.text()).append('\n');
      }
    }
    return b.append('\n').append(counts(v)).append('\n').toString();
  }

  private static String markdown(Verification v) {
    StringBuilder b = new StringBuilder("# Summary checked against its sources\n\n");
    for (Verification.Checked s : v.sentences()) {
      b.append("- **").append(s.verdict().label()).append("**: ")
          .append(SummaryWriter.escapeMarkdown(s.text())).append('\n');
      for (Verification.Evidence e : s.evidence()) {
        b.append("  - ").append(e.match()).append(", `").append(e.article()).append("`: ")
            .append(SummaryWriter.escapeMarkdown(e.text())).append('\n');
      }
      for (Verification.Conflict c : s.conflicts()) {
        b.append("  - differs (").append(SummaryWriter.escapeMarkdown(c.what())).append("), `")
            .append(c.article()).append("`: ").append(SummaryWriter.escapeMarkdown(c.text()))
            .append('\n');
      }
    }
    return b.append('\n').append(counts(v)).append('\n').toString();
  }

  private static String html(Verification v) {
    StringBuilder b = new StringBuilder();
    b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>Summary checked against its sources</title>")
        .append("<style>body{font:17px/1.5 Georgia,serif;max-width:42em;margin:2em auto;padding:0 1em}")
        .append("li{margin:.4em 0}.supported{color:#1a6b2a}.contradicted{color:#a31d1d}")
        .append(".unsupported{color:#8a5a00}blockquote{font-size:15px;color:#444;margin:.2em 1em}")
        .append("</style></head><body>\n<h1>Summary checked against its sources</h1>\n<ul>\n");
    for (Verification.Checked s : v.sentences()) {
      String label = s.verdict().label();
      b.append("<li><strong class=\"").append(label).append("\">").append(label)
          .append("</strong> ").append(SummaryWriter.escapeHtml(s.text())).append('\n');
      for (Verification.Evidence e : s.evidence()) {
        b.append("<blockquote>").append(e.match()).append(", ")
            .append(SummaryWriter.escapeHtml(e.article())).append(": <mark>")
            .append(SummaryWriter.escapeHtml(e.text())).append("</mark></blockquote>\n");
      }
      for (Verification.Conflict c : s.conflicts()) {
        b.append("<blockquote>differs (").append(SummaryWriter.escapeHtml(c.what())).append("), ")
            .append(SummaryWriter.escapeHtml(c.article())).append(": ")
            .append(SummaryWriter.escapeHtml(c.text())).append("</blockquote>\n");
      }
      b.append("</li>\n");
    }
    return b.append("</ul>\n<p>").append(counts(v)).append("</p>\n</body></html>\n").toString();
  }
}

package dev.precis.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.PrecisException;
import dev.precis.dedup.DedupOptions;
import dev.precis.dedup.DedupResult;
import dev.precis.dedup.Deduplicator;
import dev.precis.dedup.DuplicateGroup;
import dev.precis.text.Article;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code precis dedup}: groups exact copies, syndicated copies and spun rewrites. */
@Command(
    name = "dedup",
    mixinStandardHelpOptions = true,
    description = {
      "Finds duplicate articles: exact copies, syndicated copies and spun rewrites.",
      "A syndicated copy may carry another intro or footer. Prints each group with the article "
          + "kept (the longest), and every member's similarity to it and kind (exact, near, "
          + "rewrite)."
    })
final class DedupCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ArticleStream input;

  @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
      description = "text or json (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--threshold", paramLabel = "X",
      description = "Similarity at which two articles are duplicates, in (0, 1] (default: 0.5).")
  Double threshold;

  @Override
  public Integer call() throws IOException {
    if (!format.equals("text") && !format.equals("json")) {
      throw new PrecisException("unknown format '" + format + "'; valid formats: text, json");
    }
    DedupOptions options = DedupOptions.defaults();
    if (threshold != null) {
      options = options.withThreshold(threshold);
    }
    List<Article> articles = input.read(System.in, spec.commandLine().getErr());
    DedupResult result = new Deduplicator(options).deduplicate(articles);
    PrintWriter out = spec.commandLine().getOut();
    if (format.equals("json")) {
      out.println(JSON.writeValueAsString(json(articles.size(), result)));
    } else {
      out.print(text(articles.size(), result));
    }
    out.flush();
    return 0;
  }

  static String text(int articles, DedupResult result) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%d articles, %d unique, %d duplicate group%s%n", articles,
        result.uniqueCount(), result.groups().size(), result.groups().size() == 1 ? "" : "s"));
    int n = 0;
    for (DuplicateGroup g : result.groups()) {
      b.append(String.format(Locale.ROOT, "%nGroup %d: keep %s (%d articles)%n", ++n,
          g.representative(), g.members().size()));
      int width = g.members().stream().mapToInt(m -> m.articleId().length()).max().orElse(0);
      for (DuplicateGroup.Member m : g.members()) {
        b.append(String.format(Locale.ROOT, "  %-" + width + "s  %.3f  %s%n", m.articleId(),
            m.similarity(), kind(m.kind())));
      }
    }
    return b.toString();
  }

  static ObjectNode json(int articles, DedupResult result) {
    ObjectNode root = JSON.createObjectNode();
    root.put("articles", articles);
    root.put("unique", result.uniqueCount());
    ArrayNode groups = root.putArray("groups");
    for (DuplicateGroup g : result.groups()) {
      ObjectNode group = groups.addObject();
      group.put("representative", g.representative());
      ArrayNode members = group.putArray("members");
      for (DuplicateGroup.Member m : g.members()) {
        members.addObject().put("id", m.articleId())
            .put("similarity", Math.round(m.similarity() * 10_000) / 10_000.0)
            .put("kind", kind(m.kind()));
      }
    }
    return root;
  }

  private static String kind(DuplicateGroup.Kind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }
}

package dev.precis.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.PrecisException;
import dev.precis.cluster.ClusterOptions;
import dev.precis.cluster.Story;
import dev.precis.cluster.StoryClusterer;
import dev.precis.text.Article;
import dev.precis.text.TextEmbedder;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code precis cluster}: groups a stream of articles into stories. */
@Command(
    name = "cluster",
    mixinStandardHelpOptions = true,
    description = {
      "Groups news articles into stories (the same stories whatever order they come in).",
      "Input: files, directories, - for stdin, --articles FILE.jsonl, or --stream NAME."
    })
public final class ClusterCommand implements Callable<Integer> {
  /** Article ids listed per story in the text output. */
  static final int LISTED = 50;

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ArticleStream input;

  @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
      description = "text or json (default: ${DEFAULT-VALUE}).")
  String format;

  @Mixin ClusterFlags clustering;

  @Option(names = "--method", paramLabel = "METHOD", defaultValue = "learned",
      description = "How stories are found: " + ClusterFlags.METHOD_HELP)
  void clusterMethod(String value) {
    clustering.method = value;
  }

  @Override
  public Integer call() throws Exception {
    if (!format.equals("text") && !format.equals("json")) {
      throw new PrecisException("unknown format '" + format + "'; valid formats: text, json");
    }
    clustering.check();
    List<Article> articles = input.read(System.in, spec.commandLine().getErr());
    ClusterOptions options = clustering.options(input.streamLanguage());
    List<Story> stories;
    String model = null;
    try (TextEmbedder embedder = clustering.embedder()) {
      stories = StoryClusterer.cluster(articles, options, embedder);
      model = embedder == null ? null : embedder.name();
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format.equals("json")) {
      out.println(JSON.writeValueAsString(json(stories, options, model)));
    } else {
      out.print(text(stories, articles.size()));
    }
    out.flush();
    return 0;
  }

  static String text(List<Story> stories, int articleCount) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%d %s in %d article%s%n", stories.size(),
        stories.size() == 1 ? "story" : "stories", articleCount, articleCount == 1 ? "" : "s"));
    for (Story s : stories) {
      b.append('\n').append(s.title().isEmpty() ? "(no headline)" : s.title()).append('\n');
      b.append(String.format(Locale.ROOT, "  id %s, %d article%s%s%n", s.id(), s.size(),
          s.size() == 1 ? "" : "s", s.firstDate() == null ? ""
              : s.firstDate().equals(s.lastDate()) ? ", " + s.firstDate()
              : ", " + s.firstDate() + " to " + s.lastDate()));
      List<String> ids = s.articleIds();
      b.append("  ").append(String.join(" ", ids.subList(0, Math.min(ids.size(), LISTED))));
      if (ids.size() > LISTED) {
        // a story of thousands (copies of one wire report) would be a line of megabytes
        b.append(" … and ").append(ids.size() - LISTED).append(" more (--format json lists all)");
      }
      b.append('\n');
    }
    return b.toString();
  }

  /** The stories, then the options that made them ({@code model}: the embedder's, or null). */
  static ObjectNode json(List<Story> stories, ClusterOptions options, String model) {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode array = root.putArray("stories");
    for (Story s : stories) {
      ObjectNode node = array.addObject();
      node.put("id", s.id());
      node.put("title", s.title());
      if (s.firstDate() != null) {
        node.put("first_date", s.firstDate());
        node.put("last_date", s.lastDate());
      }
      ArrayNode ids = node.putArray("articles");
      s.articleIds().forEach(ids::add);
    }
    ObjectNode parameters = root.putObject("options");
    options.parameters().forEach((k, v) -> parameters.set(k, JSON.valueToTree(v)));
    if (model != null) {
      parameters.put("embedding_model", model);
    }
    return root;
  }
}

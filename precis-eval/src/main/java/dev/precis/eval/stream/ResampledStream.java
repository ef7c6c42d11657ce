package dev.precis.eval.stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.text.Article;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a large stream for benchmarks as JSON lines: articles resampled from the DUC 2003,
 * Multi-News and UCI streams of {@code ../shared} with new ids, each copy with about a fifth of its
 * lines dropped (UCI headlines written as a feed writes them: the headline as the text), the same
 * resampling as {@link ClusterBenchmark}. Fixed seed: the same file every time.
 *
 * <pre>
 * java -cp precis-cli/target/precis.jar dev.precis.eval.stream.ResampledStream 1000000 \
 *     /tmp/million.jsonl [SHARED] [text]
 * </pre>
 */
public final class ResampledStream {
  private ResampledStream() {}

  public static void main(String[] args) throws IOException {
    int size = Integer.parseInt(args[0]);
    Path out = Path.of(args[1]);
    Path shared = Path.of(args.length > 2 ? args[2] : "../shared");
    boolean textOnly = args.length > 3 && args[3].equals("text");
    ObjectMapper json = new ObjectMapper();
    int written = 0;
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (Article a : ClusterBenchmark.resample(size, shared, textOnly).articles()) {
        ObjectNode o = json.createObjectNode();
        o.put("id", a.id());
        if (a.title() != null) {
          o.put("title", a.title());
        }
        if (a.date() != null) {
          o.put("date", a.date());
        }
        o.put("text", a.text().isBlank() && a.title() != null ? a.title() : a.text());
        w.write(o.toString());
        w.newLine();
        written++;
      }
    }
    System.out.printf(Locale.ROOT, "%d articles written to %s (%d MB)%n", written, out,
        Files.size(out) >> 20);
  }
}

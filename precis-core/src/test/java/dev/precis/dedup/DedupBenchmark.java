package dev.precis.dedup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.text.Article;
import java.io.BufferedReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Speed and memory of {@link Deduplicator} on a large stream: the real DUC 2003 and Multi-News
 * documents in {@code ../shared/data}, resampled with new ids and light random edits (fixed seed).
 *
 * <p>Of the articles, 45% are edited copies of a source document (a sentence dropped, words
 * changed, two paragraphs swapped, an intro line or footer added), 10% exact copies in other case
 * and spacing, and 45% new articles made of paragraphs from random documents, which match nothing.
 * A plain main, not a test: speed is measured here, never asserted in unit tests.
 *
 * <pre>
 * ./mvnw -q -B install -DskipTests
 * java -Xmx1g -cp precis-core/target/classes:precis-core/target/test-classes:precis-cli/target/precis.jar \
 *     dev.precis.dedup.DedupBenchmark [ARTICLES] [../shared]
 * </pre>
 */
public final class DedupBenchmark {
  private static final String[] WORDS = {"officials", "Monday", "reported", "the", "new", "plan",
      "government", "city", "police", "market", "said", "week", "report", "people"};

  private DedupBenchmark() {}

  public static void main(String[] args) throws IOException {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    Path shared = Path.of(args.length > 1 ? args[1] : "../shared");
    List<List<String>> sources = new ArrayList<>();
    for (String file : new String[] {"duc2003/task2.jsonl", "duc2003/task4.jsonl",
        "multinews/sample100.jsonl"}) {
      readDocuments(shared.resolve("data").resolve(file), sources);
    }
    List<Article> originals = new ArrayList<>();
    for (int s = 0; s < sources.size(); s++) {
      originals.add(Article.of("s" + s, String.join("\n\n", sources.get(s))));
    }
    DedupResult amongSources = Deduplicator.withDefaults().deduplicate(originals);
    System.out.printf(Locale.ROOT, "source documents: %d, of which %d are copies of another%n",
        sources.size(), sources.size() - amongSources.uniqueCount());

    SplittableRandom random = new SplittableRandom(20260401L);
    List<Article> articles = new ArrayList<>(n);
    int[] sourceOf = new int[n];
    long words = 0;
    for (int i = 0; i < n; i++) {
      double roll = random.nextDouble();
      int source = random.nextInt(sources.size());
      List<String> base = sources.get(source);
      sourceOf[i] = roll < 0.55 ? source : -1;
      String text;
      if (roll < 0.45) {
        text = edit(base, random);
      } else if (roll < 0.55) {
        text = String.join("\n\n", base).toUpperCase(Locale.ROOT).replace(" ", "  ");
      } else {
        text = composite(sources, random);
      }
      words += text.split("\\s+").length;
      articles.add(Article.of("a" + i, text));
    }
    System.out.printf(Locale.ROOT, "articles: %d, mean words %.0f%n", n, words / (double) n);

    System.gc();
    long inputHeap = usedHeap();
    long cpuStart = cpuNanos();
    long start = System.nanoTime();
    DedupResult result = Deduplicator.withDefaults().deduplicate(articles);
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpu = (cpuNanos() - cpuStart) / 1e9;
    System.gc();
    long retained = usedHeap();
    long members = result.groups().stream().mapToLong(g -> g.members().size()).sum();
    System.out.printf(Locale.ROOT,
        "groups: %d (%d articles in them), unique stories: %d%n"
            + "seconds: %.1f wall on %d cores, %.1f CPU (the process, GC included)%n"
            + "heap: input %d MB, input and result %d MB after GC, run within -Xmx %d MB%n",
        result.groups().size(), members, result.uniqueCount(), seconds,
        Runtime.getRuntime().availableProcessors(), cpu, inputHeap >> 20, retained >> 20,
        Runtime.getRuntime().maxMemory() >> 20);

    // quality: copies of one source should share one group; groups should hold one source
    java.util.Map<Integer, java.util.Set<String>> groupsOfSource = new java.util.HashMap<>();
    java.util.Map<String, java.util.Set<Integer>> sourcesOfGroup = new java.util.HashMap<>();
    for (int i = 0; i < n; i++) {
      if (sourceOf[i] >= 0) {
        String rep = result.representativeOf().get(articles.get(i).id());
        groupsOfSource.computeIfAbsent(sourceOf[i], k -> new java.util.HashSet<>()).add(rep);
        sourcesOfGroup.computeIfAbsent(rep, k -> new java.util.HashSet<>()).add(sourceOf[i]);
      }
    }
    long split = groupsOfSource.values().stream().filter(g -> g.size() > 1).count();
    long mixed = sourcesOfGroup.values().stream().filter(g -> g.size() > 1).count();
    System.out.printf(Locale.ROOT, "sources whose copies fell into more than one group: %d of %d;"
        + " groups mixing copies of different sources: %d%n", split, groupsOfSource.size(), mixed);
  }

  /** CPU time of the whole process: comparable across runs when other work shares the cores. */
  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
        ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static long usedHeap() {
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }

  /** A light edit: drop a paragraph, change a few words, swap two paragraphs, add intro/footer. */
  private static String edit(List<String> paragraphs, SplittableRandom random) {
    List<String> p = new ArrayList<>(paragraphs);
    if (p.size() > 3 && random.nextBoolean()) {
      p.remove(random.nextInt(p.size()));
    }
    if (p.size() > 2 && random.nextBoolean()) {
      int a = random.nextInt(p.size());
      int b = random.nextInt(p.size());
      String t = p.get(a);
      p.set(a, p.get(b));
      p.set(b, t);
    }
    for (int k = 0; k < 3; k++) {
      int at = random.nextInt(p.size());
      String[] w = p.get(at).split(" ");
      w[random.nextInt(w.length)] = WORDS[random.nextInt(WORDS.length)];
      p.set(at, String.join(" ", w));
    }
    if (random.nextBoolean()) {
      p.add(0, "This story was distributed by a partner news service.");
    }
    if (random.nextBoolean()) {
      p.add("Copyright 2026 Partner Wire. All rights reserved.");
    }
    return String.join("\n\n", p);
  }

  /** A new article: paragraphs from random documents until about 500 words. */
  private static String composite(List<List<String>> sources, SplittableRandom random) {
    StringBuilder b = new StringBuilder();
    int words = 0;
    while (words < 500) {
      List<String> doc = sources.get(random.nextInt(sources.size()));
      String paragraph = doc.get(random.nextInt(doc.size()));
      b.append(paragraph).append("\n\n");
      words += paragraph.split(" ").length;
    }
    return b.toString();
  }

  private static void readDocuments(Path file, List<List<String>> into) throws IOException {
    ObjectMapper json = new ObjectMapper();
    try (BufferedReader reader = Files.newBufferedReader(file)) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        for (JsonNode doc : json.readTree(line).path("documents")) {
          List<String> paragraphs = new ArrayList<>();
          for (String p : doc.path("text").asText().split("\\n")) {
            if (!p.isBlank()) {
              paragraphs.add(p.strip());
            }
          }
          if (paragraphs.size() >= 2) {
            into.add(paragraphs);
          }
        }
      }
    }
  }
}

package dev.precis.eval.verify;

import dev.precis.PrecisException;
import dev.precis.verify.SummaryVerifier;
import dev.precis.verify.Verification;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How well {@link SummaryVerifier} flags the errors models make: reference summaries of DUC 2003,
 * the Multi-News sample and TAC 2011 English checked against their own clusters, each sentence
 * as written and changed (another number, another date or weekday, a name swapped for another
 * person of the story, a negation, a sentence of another story's summary). Clusters are split by
 * a hash of their id into a tuning part and a held-out part the verdict model was never fit on
 * ({@code BenchmarkCases}).
 *
 * <pre>{@code
 * java -cp precis-cli/target/precis.jar dev.precis.eval.verify.VerifyBenchmark ../shared
 * }</pre>
 *
 * <p>Deterministic: each change is drawn from a random generator seeded by the cluster id and
 * the sentence's place.
 */
public final class VerifyBenchmark {
  static final List<String> KINDS = BenchmarkCases.KINDS;

  /** Per part ("tuning", "held-out") and kind: sentences, flagged, contradicted. */
  private final Map<String, int[]> counts = new LinkedHashMap<>();
  /** Per dataset, unchanged sentences: sentences, flagged, contradicted (both parts). */
  private final Map<String, int[]> unchanged = new LinkedHashMap<>();

  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: VerifyBenchmark SHARED_DIR");
      System.exit(2);
    }
    try {
      System.out.print(run(Path.of(args[0])));
    } catch (PrecisException e) {
      System.err.println("precis: " + e.getMessage());
      System.exit(2);
    }
  }

  /** Runs the benchmark on the datasets under {@code shared} and returns its Markdown table. */
  public static String run(Path shared) {
    VerifyBenchmark bench = new VerifyBenchmark();
    BenchmarkCases.forEach(shared, SummaryVerifier::new, bench::cluster);
    return bench.table();
  }

  private void cluster(BenchmarkCases.Cluster cluster) {
    String part = cluster.heldOut() ? "held-out" : "tuning";
    for (BenchmarkCases.Sentence sentence : cluster.sentences()) {
      Verification asWritten = cluster.verifier().verify(sentence.texts().get(0));
      boolean unchangedFlagged = count(part, "unchanged", asWritten, false);
      int[] u = unchanged.computeIfAbsent(cluster.dataset(), k -> new int[3]);
      u[0]++;
      u[1] += unchangedFlagged ? 1 : 0;
      u[2] += asWritten.contradicted() > 0 ? 1 : 0;
      for (int k = 1; k < KINDS.size(); k++) {
        String changed = sentence.texts().get(k);
        if (changed != null) {
          count(part, KINDS.get(k), cluster.verifier().verify(changed), unchangedFlagged);
        }
      }
    }
  }

  /**
   * Counts one verdict; returns whether it is flagged (contradicted or unsupported). A changed
   * sentence is also counted apart when its unchanged form was not flagged, so the rate there is
   * the change's own.
   */
  private boolean count(String part, String kind, Verification v, boolean unchangedFlagged) {
    boolean contradicted = v.contradicted() > 0;
    boolean flagged = contradicted || v.unsupported() > 0;
    int[] c = counts.computeIfAbsent(part + "|" + kind, k -> new int[5]);
    c[0]++;
    c[1] += flagged ? 1 : 0;
    c[2] += contradicted ? 1 : 0;
    if (!unchangedFlagged) {
      c[3]++;
      c[4] += flagged ? 1 : 0;
    }
    return flagged;
  }

  private String table() {
    StringBuilder b = new StringBuilder();
    b.append("| part | kind | sentences | flagged | of which contradicted | flagged where "
        + "the unchanged sentence passed |\n|---|---|---:|---:|---:|---:|\n");
    for (String part : List.of("tuning", "held-out")) {
      for (String kind : KINDS) {
        int[] c = counts.getOrDefault(part + "|" + kind, new int[5]);
        b.append("| ").append(part).append(" | ").append(kind).append(" | ").append(c[0])
            .append(" | ").append(percent(c[1], c[0])).append(" | ").append(percent(c[2], c[0]))
            .append(" | ").append(kind.equals("unchanged") ? "" : percent(c[4], c[3])
                + " of " + c[3]).append(" |\n");
      }
    }
    b.append("\n| dataset (both parts) | unchanged sentences | flagged | of which contradicted |\n"
        + "|---|---:|---:|---:|\n");
    unchanged.forEach((dataset, c) -> b.append("| ").append(dataset).append(" | ").append(c[0])
        .append(" | ").append(percent(c[1], c[0])).append(" | ").append(percent(c[2], c[0]))
        .append(" |\n"));
    return b.toString();
  }

  private static String percent(int part, int whole) {
    return whole == 0 ? "–" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
  }
}

package dev.precis.eval.verify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.PrecisException;
import dev.precis.eval.fit.LogisticRegression;
import dev.precis.linear.ZScoredWeights;
import dev.precis.verify.SummaryVerifier;
import dev.precis.verify.VerdictFeatures;
import dev.precis.verify.VerdictModel;
import dev.precis.verify.Verification.Verdict;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Fits the verdict model of {@code precis verify} ({@link VerdictModel}) on the tuning clusters
 * of the verify benchmark and measures it against the hand thresholds it replaces, in the same
 * run: on the held-out clusters, at a few cutoffs, and leaving one dataset out (fit on the tuning
 * clusters of the two others, score the held-out clusters of the third). Reference sentences as
 * written are labelled supported, their changes (another number, date, name, a negation, another
 * story's sentence) not supported. Deterministic: the same data give the same weights, bit for bit.
 *
 * <pre>{@code
 * VerifyTrainer trainer = VerifyTrainer.read(Path.of("../shared"));
 * VerdictModel model = trainer.fit(VerifyTrainer.TUNING, "precis train-verify");
 * String table = trainer.report(model);
 * }</pre>
 */
public final class VerifyTrainer {
  /** L2 penalty on the weights of z-normalised features. */
  static final double L2 = 1.0;
  /** Cutoffs shown in the table of operating points. */
  static final double[] OPERATING_POINTS = {0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8};
  /** Datasets grouped by source for leaving one out: DUC 2003's two tasks are one source. */
  static final List<String> GROUPS = List.of("duc2003", "multinews", "tac2011");

  /** The tuning part: what the shipped model is fit on. */
  public static final Predicate<Row> TUNING = r -> !r.heldOut();

  /** Hand thresholds of the verifier before the model, kept as the baseline row. */
  private static final double SUPPORT = 0.5;
  private static final double PARAPHRASE = 0.6;
  private static final double PARAPHRASE_COVERAGE = SUPPORT * 0.75;

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * One benchmark sentence as the verifier saw it.
   *
   * @param sentence the reference sentence's number over the whole run (its changes share it)
   * @param kind one of {@link BenchmarkCases#KINDS}
   */
  public record Row(String group, String dataset, boolean heldOut, int sentence, String kind,
      VerdictFeatures features) {}

  private final List<Row> rows;

  private VerifyTrainer(List<Row> rows) {
    this.rows = List.copyOf(rows);
  }

  /** Reads every benchmark sentence's features from the datasets under {@code shared}. */
  public static VerifyTrainer read(Path shared) {
    List<Row> rows = new ArrayList<>();
    int[] sentence = {0};
    BenchmarkCases.forEach(shared, SummaryVerifier::new, cluster -> {
      String group = cluster.dataset().substring(0, cluster.dataset().indexOf('/'))
          .replace("-multiling", "");
      for (BenchmarkCases.Sentence s : cluster.sentences()) {
        for (int k = 0; k < BenchmarkCases.KINDS.size(); k++) {
          String text = s.texts().get(k);
          if (text == null) {
            continue;
          }
          // a sentence the splitter reads as several is judged as the benchmark judges it:
          // flagged when any part is
          for (VerdictFeatures f : cluster.verifier().features(text)) {
            rows.add(new Row(group, cluster.dataset(), cluster.heldOut(), sentence[0],
                BenchmarkCases.KINDS.get(k), f));
          }
        }
        sentence[0]++;
      }
    });
    return new VerifyTrainer(rows);
  }

  public List<Row> rows() {
    return rows;
  }

  /** Fits the model on the rows {@code on} selects, its cutoff chosen on them too. */
  public VerdictModel fit(Predicate<Row> on, String source) {
    // only sentences the explicit checks leave open: the model decides among those
    List<Row> train = rows.stream().filter(on)
        .filter(r -> r.features().evidence() && r.features().statesAll()).toList();
    if (train.isEmpty()) {
      throw new PrecisException("no benchmark sentences to train the verdict model on");
    }
    int n = train.size();
    int d = VerdictFeatures.NAMES.size();
    double[] means = new double[d];
    double[] scales = new double[d];
    for (Row r : train) {
      for (int k = 0; k < d; k++) {
        means[k] += r.features().values().get(k) / n;
      }
    }
    for (Row r : train) {
      for (int k = 0; k < d; k++) {
        double v = r.features().values().get(k) - means[k];
        scales[k] += v * v / n;
      }
    }
    for (int k = 0; k < d; k++) {
      scales[k] = scales[k] > 1e-12 ? Math.sqrt(scales[k]) : 1;
    }
    double[][] x = new double[n][d];
    double[] y = new double[n];
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      Row r = train.get(i);
      for (int k = 0; k < d; k++) {
        x[i][k] = (r.features().values().get(k) - means[k]) / scales[k];
      }
      y[i] = r.kind().equals("unchanged") ? 1 : 0;
      w[i] = 1;
    }
    LogisticRegression.Fit fit = LogisticRegression.fit(x, y, w, L2);
    List<Double> weights = new ArrayList<>();
    for (double v : fit.weights()) {
      weights.add(v);
    }
    VerdictModel model = new VerdictModel(new ZScoredWeights(VerdictFeatures.NAMES, boxed(means),
        boxed(scales), weights), fit.intercept(), 0.5, source);
    return model.withCutoff(cutoff(model, on));
  }

  /**
   * The cutoff (in hundredths) with the best balanced accuracy on the rows {@code on} selects:
   * the share of unchanged sentences supported plus the mean share of each kind of change
   * flagged, every kind counting alike. The lowest such cutoff where several tie.
   */
  private double cutoff(VerdictModel model, Predicate<Row> on) {
    double best = 0.5;
    double bestScore = -1;
    for (int c = 5; c <= 95; c++) {
      VerdictModel m = model.withCutoff(c / 100.0);
      Counts counts = count(m::verdict, on);
      double changes = 0;
      for (String kind : BenchmarkCases.KINDS.subList(1, BenchmarkCases.KINDS.size())) {
        changes += counts.flagged(kind) / (BenchmarkCases.KINDS.size() - 1);
      }
      double score = 1 - counts.flagged("unchanged") + changes;
      if (score > bestScore + 1e-12) {
        bestScore = score;
        best = c / 100.0;
      }
    }
    return best;
  }

  /** The verdict the hand thresholds gave before the model: the baseline. */
  public static Verdict handVerdict(VerdictFeatures f) {
    boolean states = f.statesAll();
    double coverage = f.value("coverage");
    boolean supported = f.evidence() && states && (coverage >= SUPPORT - 1e-12
        || (coverage >= PARAPHRASE_COVERAGE && f.value("paraphrase") >= PARAPHRASE));
    if (supported) {
      return Verdict.SUPPORTED;
    }
    return f.conflicts() ? Verdict.CONTRADICTED : Verdict.UNSUPPORTED;
  }

  /**
   * Per kind: sentences, flagged, contradicted, and the same two where the unchanged sentence
   * passed. A sentence is flagged when any of its parts is (as {@code eval-verify} counts it).
   */
  record Counts(java.util.Map<String, int[]> kinds) {
    double flagged(String kind) {
      int[] c = kinds.getOrDefault(kind, new int[5]);
      return c[0] == 0 ? 0 : (double) c[1] / c[0];
    }
  }

  Counts count(Function<VerdictFeatures, Verdict> judge, Predicate<Row> on) {
    java.util.Map<String, int[]> kinds = new java.util.LinkedHashMap<>();
    for (String kind : BenchmarkCases.KINDS) {
      kinds.put(kind, new int[5]);
    }
    // rows of one sentence and kind are adjacent; the unchanged one comes first
    boolean unchangedFlagged = false;
    int i = 0;
    while (i < rows.size()) {
      Row first = rows.get(i);
      boolean flagged = false;
      boolean contradicted = false;
      int j = i;
      for (; j < rows.size() && rows.get(j).sentence() == first.sentence()
          && rows.get(j).kind().equals(first.kind()); j++) {
        Verdict v = judge.apply(rows.get(j).features());
        flagged |= v != Verdict.SUPPORTED;
        contradicted |= v == Verdict.CONTRADICTED;
      }
      if (first.kind().equals("unchanged")) {
        unchangedFlagged = flagged;
      }
      if (on.test(first)) {
        int[] c = kinds.get(first.kind());
        c[0]++;
        c[1] += flagged ? 1 : 0;
        c[2] += contradicted ? 1 : 0;
        if (!unchangedFlagged) {
          c[3]++;
          c[4] += flagged ? 1 : 0;
        }
      }
      i = j;
    }
    return new Counts(kinds);
  }

  /**
   * The Markdown report: held-out before and after, operating points, leaving one dataset out,
   * and the model's weights.
   */
  public String report(VerdictModel model) {
    StringBuilder b = new StringBuilder();
    Predicate<Row> heldOut = Row::heldOut;
    b.append("Held-out clusters (never tuned on); flagged = contradicted or unsupported:\n\n");
    header(b, "verdict by");
    line(b, "hand thresholds (before)", count(VerifyTrainer::handVerdict, heldOut));
    line(b, String.format(Locale.ROOT, "model, cutoff %.2f", model.cutoff()),
        count(model::verdict, heldOut));
    b.append("\nWhy sentences are not supported (tuning clusters, the first reason that applies):"
        + "\n\n");
    reasons(b, model, TUNING);
    b.append("\nThe same model at other cutoffs (held-out):\n\n");
    header(b, "cutoff");
    for (double c : OPERATING_POINTS) {
      VerdictModel m = model.withCutoff(c);
      line(b, String.format(Locale.ROOT, "%.2f", c), count(m::verdict, heldOut));
    }
    b.append("\nLeaving one dataset out: fit (and cutoff) on the tuning clusters of the other "
        + "two, scored on the held-out clusters of the one named:\n\n");
    header(b, "left out, verdict by");
    for (String group : GROUPS) {
      Predicate<Row> left = r -> r.heldOut() && r.group().equals(group);
      VerdictModel m = fit(r -> !r.heldOut() && !r.group().equals(group), "without " + group);
      line(b, group + ", hand thresholds", count(VerifyTrainer::handVerdict, left));
      line(b, String.format(Locale.ROOT, "%s, model (cutoff %.2f)", group, m.cutoff()),
          count(m::verdict, left));
    }
    b.append("\nWeights of the model (on z-normalised features), intercept ")
        .append(String.format(Locale.ROOT, "%.3f", model.intercept())).append(":\n\n")
        .append("| feature | mean | weight |\n|---|---:|---:|\n");
    ZScoredWeights w = model.weights();
    for (int k = 0; k < w.features().size(); k++) {
      b.append(String.format(Locale.ROOT, "| %s | %.3f | %+.3f |\n", w.features().get(k),
          w.means().get(k), w.weights().get(k)));
    }
    return b.toString();
  }

  /** The reasons a verdict is not supported, in the order the verdict checks them. */
  static final List<String> REASONS = List.of("contradicted (explicit check)",
      "no source sentence shares two words", "a figure not stated", "a name not stated",
      "negation not stated", "model below the cutoff");

  static String reason(VerdictModel model, VerdictFeatures f) {
    if (f.contradiction()) {
      return REASONS.get(0);
    }
    if (!f.evidence()) {
      return REASONS.get(1);
    }
    if (f.value("figures_stated") < 1) {
      return REASONS.get(2);
    }
    if (f.value("names_stated") < 1) {
      return REASONS.get(3);
    }
    if (f.value("negation_unmatched") > 0) {
      return REASONS.get(4);
    }
    return model.verdict(f) == Verdict.SUPPORTED ? null : REASONS.get(5);
  }

  private void reasons(StringBuilder b, VerdictModel model, Predicate<Row> on) {
    header(b, "reason");
    java.util.Map<String, int[]> counts = new java.util.LinkedHashMap<>();
    java.util.Map<String, Integer> totals = new java.util.HashMap<>();
    for (Row r : rows) {
      if (!on.test(r)) {
        continue;
      }
      totals.merge(r.kind(), 1, Integer::sum);
      String why = reason(model, r.features());
      if (why != null) {
        counts.computeIfAbsent(why, k -> new int[BenchmarkCases.KINDS.size()])
            [BenchmarkCases.KINDS.indexOf(r.kind())]++;
      }
    }
    for (String why : REASONS) {
      int[] c = counts.getOrDefault(why, new int[BenchmarkCases.KINDS.size()]);
      b.append("| ").append(why);
      for (int k = 0; k < c.length; k++) {
        int total = totals.getOrDefault(BenchmarkCases.KINDS.get(k), 0);
        b.append(" | ").append(total == 0 ? "–"
            : String.format(Locale.ROOT, "%.1f%%", 100.0 * c[k] / total));
      }
      b.append(" |\n");
    }
  }

  private static void header(StringBuilder b, String first) {
    b.append("| ").append(first);
    for (String kind : BenchmarkCases.KINDS) {
      b.append(" | ").append(kind);
    }
    b.append(" |\n|---");
    b.append("|---:".repeat(BenchmarkCases.KINDS.size())).append("|\n");
  }

  private static void line(StringBuilder b, String label, Counts counts) {
    b.append("| ").append(label);
    for (String kind : BenchmarkCases.KINDS) {
      int[] c = counts.kinds().get(kind);
      b.append(" | ").append(c[0] == 0 ? "–"
          : String.format(Locale.ROOT, "%.1f%% of %d", 100.0 * c[1] / c[0], c[0]));
    }
    b.append(" |\n");
  }

  /**
   * Unchanged tuning sentences flagged, spread evenly over them, with the reason, their best
   * source sentence and features: what to read to see why sentences are flagged.
   *
   * @param why only those whose reason starts with this (one of {@link #REASONS}), or null
   */
  public String flagged(VerdictModel model, int limit, String why) {
    List<Row> flagged = rows.stream().filter(r -> !r.heldOut() && r.kind().equals("unchanged")
        && model.verdict(r.features()) != Verdict.SUPPORTED
        && (why == null || reason(model, r.features()).startsWith(why))).toList();
    StringBuilder b = new StringBuilder();
    int every = Math.max(1, flagged.size() / Math.max(1, limit));
    for (int i = 0; i < flagged.size() && i / every < limit; i += every) {
      Row r = flagged.get(i);
      VerdictFeatures f = r.features();
      b.append("[").append(r.dataset()).append("] ").append(reason(model, f))
          .append(String.format(Locale.ROOT, " p=%.2f", model.probability(f))).append('\n')
          .append("  claim: ").append(f.text()).append('\n')
          .append("  best:  ").append(f.best()).append('\n').append("  ");
      for (int k = 0; k < VerdictFeatures.NAMES.size(); k++) {
        b.append(String.format(Locale.ROOT, "%s=%.2f ", VerdictFeatures.NAMES.get(k),
            f.values().get(k)));
      }
      b.append("\n\n");
    }
    return b.toString();
  }

  /** How the shipped model was made, for its JSON. */
  public ObjectNode provenance(VerdictModel model) {
    ObjectNode p = JSON.createObjectNode();
    p.put("trained", "precis train-verify --shared ../shared");
    p.put("examples", rows.stream().filter(TUNING).count());
    p.put("label", "reference sentence as written (1) or changed (0), tuning clusters only");
    p.put("l2", L2);
    return p;
  }

  private static List<Double> boxed(double[] values) {
    List<Double> list = new ArrayList<>();
    for (double v : values) {
      list.add(v);
    }
    return list;
  }
}

package dev.precis.eval.furniture;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.PrecisException;
import dev.precis.eval.fit.LogisticRegression;
import dev.precis.text.FurnitureFeatures;
import dev.precis.text.FurnitureFilter;
import dev.precis.text.FurnitureModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Fits the furniture classifier ({@link FurnitureModel}) on labelled sentences and measures it:
 * on a held-out quarter of the labelled documents, with every labelled document held out once
 * (four folds by document), and with each dataset left out in turn. Deterministic: the same
 * examples give the same weights, bit for bit (sums in example order, no randomness; the folds
 * are fixed by a hash of the document id).
 *
 * <pre>{@code
 * FurnitureTrainer trainer = new FurnitureTrainer(examples);
 * FurnitureModel model = trainer.fit(trainer.examples(), "furniture-model.json");
 * Report report = trainer.report();
 * }</pre>
 */
public final class FurnitureTrainer {
  /** L2 penalty on the weights. */
  public static final double L2 = 1e-2;
  /** Thresholds tried, as probabilities in hundredths. */
  private static final int LOWEST = 30;
  private static final int HIGHEST = 90;
  /**
   * Weight of recall against precision in choosing the threshold (F-beta): a story sentence
   * dropped costs a summary more than a caption kept, so precision counts double.
   */
  public static final double BETA = 0.5;
  /**
   * How far under the best F-beta a threshold may score and still be chosen, the highest of those
   * winning. F-beta over the folds is flat near its top, so the best alone moves by 0.1 or more
   * when a few labels change (README, "Web page furniture"). A sentence the model gives {@link
   * dev.precis.text.FurnitureFilter#QUOTABLE_BELOW} or more is not quoted whatever the threshold;
   * the threshold decides only whether the story also loses what that sentence says, so when in
   * doubt it keeps it.
   */
  public static final double NEAR_BEST = 0.005;
  /** Folds of the labelled documents; fold 0 is the held-out part. */
  public static final int FOLDS = 4;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<LabelledSentences.Example> examples;

  public FurnitureTrainer(List<LabelledSentences.Example> examples) {
    if (examples.isEmpty()) {
      throw new PrecisException("no labelled sentences to train on");
    }
    this.examples = List.copyOf(examples);
  }

  public List<LabelledSentences.Example> examples() {
    return examples;
  }

  /**
   * Counts of one evaluation.
   *
   * @param sentences labelled sentences scored
   * @param furniture of them, labelled furniture
   * @param truePositives furniture found
   * @param falsePositives story sentences taken for furniture
   * @param recallByKind kind of furniture to its recall, "found/labelled"
   */
  public record Scores(int sentences, int furniture, int truePositives, int falsePositives,
      Map<String, String> recallByKind) {
    public double precision() {
      int predicted = truePositives + falsePositives;
      return predicted == 0 ? 0 : truePositives / (double) predicted;
    }

    public double recall() {
      return furniture == 0 ? 0 : truePositives / (double) furniture;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /**
   * Fits a model on {@code on}, its threshold chosen as the one of best F-beta over four folds of
   * {@code on} by document; {@code source} names it in the summaries that use it.
   */
  public static FurnitureModel fit(List<LabelledSentences.Example> on, String source) {
    return fit(on, source, threshold(on));
  }

  /**
   * The threshold of best F-beta ({@link #BETA}) over four folds of {@code on} by document, each
   * fold scored by a fit on the others; of the thresholds within {@link #NEAR_BEST} of the best,
   * the highest.
   */
  public static double threshold(List<LabelledSentences.Example> on) {
    int steps = (HIGHEST - LOWEST) / 5 + 1;
    int[] tp = new int[steps];
    int[] fp = new int[steps];
    int positives = 0;
    for (int f = 0; f < FOLDS; f++) {
      int fold = f;
      List<LabelledSentences.Example> train = on.stream().filter(e -> fold(e) != fold).toList();
      if (train.isEmpty()) {
        continue;
      }
      FurnitureModel m = fit(train, "fold", 0.5);
      for (LabelledSentences.Example e : on) {
        if (fold(e) != fold) {
          continue;
        }
        double p = m.probability(e.features());
        positives += e.label().furniture() ? 1 : 0;
        for (int k = 0; k < steps; k++) {
          if (e.ellipsis() || p >= (LOWEST + 5 * k) / 100.0) {
            if (e.label().furniture()) {
              tp[k]++;
            } else {
              fp[k]++;
            }
          }
        }
      }
    }
    double[] scores = new double[steps];
    double bestScore = 0;
    for (int k = 0; k < steps; k++) {
      double precision = tp[k] + fp[k] == 0 ? 0 : tp[k] / (double) (tp[k] + fp[k]);
      double recall = positives == 0 ? 0 : tp[k] / (double) positives;
      double b2 = BETA * BETA;
      scores[k] = precision + recall == 0 ? 0
          : (1 + b2) * precision * recall / (b2 * precision + recall);
      bestScore = Math.max(bestScore, scores[k]);
    }
    int best = 0;
    for (int k = 0; k < steps; k++) {
      if (scores[k] >= bestScore - NEAR_BEST) {
        best = k;
      }
    }
    return (LOWEST + 5 * best) / 100.0;
  }

  private static FurnitureModel fit(List<LabelledSentences.Example> on, String source,
      double threshold) {
    if (on.isEmpty()) {
      throw new PrecisException("no labelled sentences to train on");
    }
    double[][] x = new double[on.size()][];
    double[] y = new double[on.size()];
    double[] w = new double[on.size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = on.get(i).features();
      y[i] = on.get(i).label().furniture() ? 1 : 0;
      w[i] = 1;
    }
    LogisticRegression.Fit fit = LogisticRegression.fit(x, y, w, L2);
    List<Double> weights = new ArrayList<>();
    for (double v : fit.weights()) {
      weights.add(v);
    }
    return new FurnitureModel(FurnitureFeatures.NAMES, weights, fit.intercept(), threshold,
        source);
  }

  /** Scores {@code model} as the filter uses it: furniture when it ends in "..." or p >= t. */
  public static Scores score(FurnitureModel model, List<LabelledSentences.Example> on) {
    return score(model, on, model.threshold());
  }

  /**
   * Scores what a summary may not quote ({@link FurnitureFilter}): what {@code model} drops, and
   * the sentences it keeps with a probability of {@link FurnitureFilter#QUOTABLE_BELOW} or more.
   */
  public static Scores scoreNotQuoted(FurnitureModel model, List<LabelledSentences.Example> on) {
    return score(on, notQuoted(model));
  }

  /**
   * Scores what a summary does not quote of a page in English: what {@link #scoreNotQuoted}
   * counts, and the lines without a statement's verb ({@link
   * LabelledSentences.Example#statement}).
   */
  public static Scores scoreNotQuotedOrVerbless(FurnitureModel model,
      List<LabelledSentences.Example> on) {
    return score(on, notQuoted(model).or(e -> !e.statement()));
  }

  private static Predicate<LabelledSentences.Example> notQuoted(FurnitureModel model) {
    double cutoff = Math.min(model.threshold(), FurnitureFilter.QUOTABLE_BELOW);
    return e -> e.ellipsis() || model.probability(e.features()) >= cutoff;
  }

  /** Scores the lines without a statement's verb as furniture, the model aside. */
  public static Scores scoreVerbless(List<LabelledSentences.Example> on) {
    return score(on, e -> !e.statement());
  }

  private static Scores score(FurnitureModel model, List<LabelledSentences.Example> on,
      double cutoff) {
    return score(on, e -> e.ellipsis() || model.probability(e.features()) >= cutoff);
  }

  private static Scores score(List<LabelledSentences.Example> on,
      Predicate<LabelledSentences.Example> furniture) {
    int actualFurniture = 0;
    int tp = 0;
    int fp = 0;
    Map<String, int[]> kinds = new TreeMap<>();
    for (LabelledSentences.Example e : on) {
      boolean predicted = furniture.test(e);
      boolean actual = e.label().furniture();
      if (actual) {
        actualFurniture++;
        int[] k = kinds.computeIfAbsent(e.label().kind(), x -> new int[2]);
        k[1]++;
        if (predicted) {
          k[0]++;
          tp++;
        }
      } else if (predicted) {
        fp++;
      }
    }
    Map<String, String> recall = new TreeMap<>();
    kinds.forEach((k, v) -> recall.put(k, v[0] + "/" + v[1]));
    return new Scores(on.size(), actualFurniture, tp, fp, recall);
  }

  /** The fold of a document: a fixed hash of its id, so folds do not depend on label order. */
  static int fold(LabelledSentences.Example e) {
    String id = e.label().dataset() + "/" + e.label().document();
    return Integer.parseInt(LabelledSentences.sha1(id).substring(0, 4), 16) % FOLDS;
  }

  /**
   * The figures of a training run.
   *
   * @param heldOut fit on folds 1-3, scored on fold 0
   * @param heldOutPages the same, scored on fold 0's sentences drawn with their page only
   * @param crossValidated each fold scored by a fit on the other three, counts summed
   * @param crossValidatedNotQuoted the same folds, counting as found what a summary may not
   *     quote (dropped, or kept below even odds of story)
   * @param crossValidatedNotQuotedOrVerbless the same, with the lines without a statement's verb
   *     that a summary does not quote either
   * @param verbless the lines without a statement's verb alone, every labelled sentence
   * @param leaveOneOut each dataset group scored by a fit on the others
   */
  public record Report(Scores heldOut, Scores heldOutPages, Scores crossValidated,
      Scores crossValidatedNotQuoted, Scores crossValidatedNotQuotedOrVerbless, Scores verbless,
      Map<String, Scores> leaveOneOut) {
    /** A table for people. */
    public String text() {
      StringBuilder b = new StringBuilder();
      b.append("| evaluation | sentences | furniture | precision | recall | F1 "
          + "| recall by kind |\n");
      b.append("|---|---:|---:|---:|---:|---:|---|\n");
      row(b, "held-out quarter of documents", heldOut);
      row(b, "held-out, page sample only", heldOutPages);
      row(b, "4-fold by document", crossValidated);
      row(b, "4-fold by document, not quoted (dropped or p >= "
          + FurnitureFilter.QUOTABLE_BELOW + ")", crossValidatedNotQuoted);
      row(b, "the same, or without a statement's verb", crossValidatedNotQuotedOrVerbless);
      row(b, "without a statement's verb, alone", verbless);
      leaveOneOut.forEach((group, s) -> row(b, "left out: " + group, s));
      return b.toString();
    }

    private static void row(StringBuilder b, String name, Scores s) {
      b.append(String.format(Locale.ROOT, "| %s | %d | %d | %.3f | %.3f | %.3f | %s |%n", name,
          s.sentences(), s.furniture(), s.precision(), s.recall(), s.f1(),
          s.recallByKind().toString().replaceAll("[{}]", "")));
    }

    /** The same figures for a model's provenance. */
    public ObjectNode json() {
      ObjectNode root = JSON.createObjectNode();
      root.set("held_out", json(heldOut));
      root.set("held_out_page_sample", json(heldOutPages));
      root.set("four_fold", json(crossValidated));
      root.set("four_fold_not_quoted", json(crossValidatedNotQuoted));
      root.set("four_fold_not_quoted_or_verbless", json(crossValidatedNotQuotedOrVerbless));
      root.set("verbless", json(verbless));
      ObjectNode l = root.putObject("leave_one_dataset_out");
      leaveOneOut.forEach((group, s) -> l.set(group, json(s)));
      return root;
    }

    private static ObjectNode json(Scores s) {
      ObjectNode n = JSON.createObjectNode();
      n.put("sentences", s.sentences());
      n.put("furniture", s.furniture());
      n.put("precision", Math.round(s.precision() * 1000) / 1000.0);
      n.put("recall", Math.round(s.recall() * 1000) / 1000.0);
      ObjectNode k = n.putObject("recall_by_kind");
      s.recallByKind().forEach(k::put);
      return n;
    }
  }

  /** Held-out, four-fold and leave-one-dataset-out figures. */
  public Report report() {
    FurnitureModel quarter = fit(where(e -> fold(e) != 0), "held-out");
    Scores heldOut = score(quarter, where(e -> fold(e) == 0));
    Scores heldOutPages = score(quarter,
        where(e -> fold(e) == 0 && e.label().sample().equals("page")));
    List<Scores> folds = new ArrayList<>();
    List<Scores> foldsNotQuoted = new ArrayList<>();
    List<Scores> foldsNotQuotedOrVerbless = new ArrayList<>();
    for (int f = 0; f < FOLDS; f++) {
      int fold = f;
      List<LabelledSentences.Example> test = where(e -> fold(e) == fold);
      FurnitureModel model = fit(where(e -> fold(e) != fold), "fold");
      folds.add(score(model, test));
      foldsNotQuoted.add(scoreNotQuoted(model, test));
      foldsNotQuotedOrVerbless.add(scoreNotQuotedOrVerbless(model, test));
    }
    Scores crossValidated = sum(folds);
    Scores crossValidatedNotQuoted = sum(foldsNotQuoted);
    Map<String, Scores> leaveOneOut = new TreeMap<>();
    for (String group : groups()) {
      leaveOneOut.put(group, score(fit(where(e -> !e.group().equals(group)), "without " + group),
          where(e -> e.group().equals(group))));
    }
    return new Report(heldOut, heldOutPages, crossValidated, crossValidatedNotQuoted,
        sum(foldsNotQuotedOrVerbless), scoreVerbless(examples), leaveOneOut);
  }

  /** The counts of several evaluations added up. */
  private static Scores sum(List<Scores> parts) {
    int sentences = 0;
    int furniture = 0;
    int tp = 0;
    int fp = 0;
    Map<String, int[]> kinds = new TreeMap<>();
    for (Scores s : parts) {
      sentences += s.sentences();
      furniture += s.furniture();
      tp += s.truePositives();
      fp += s.falsePositives();
      s.recallByKind().forEach((k, v) -> {
        String[] p = v.split("/");
        int[] c = kinds.computeIfAbsent(k, x -> new int[2]);
        c[0] += Integer.parseInt(p[0]);
        c[1] += Integer.parseInt(p[1]);
      });
    }
    Map<String, String> recall = new TreeMap<>();
    kinds.forEach((k, v) -> recall.put(k, v[0] + "/" + v[1]));
    return new Scores(sentences, furniture, tp, fp, recall);
  }

  /** The dataset groups of the examples, in order of first appearance. */
  public List<String> groups() {
    return examples.stream().map(LabelledSentences.Example::group).distinct().toList();
  }

  /** The examples that {@code keep} accepts, in their order. */
  public List<LabelledSentences.Example> where(Predicate<LabelledSentences.Example> keep) {
    return examples.stream().filter(keep).toList();
  }
}

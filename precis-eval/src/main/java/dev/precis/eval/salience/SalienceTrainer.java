package dev.precis.eval.salience;

import dev.precis.PrecisException;
import dev.precis.eval.DatasetEvaluator;
import dev.precis.eval.data.DatasetReader;
import dev.precis.eval.data.EvaluationSet;
import dev.precis.eval.fit.LinearSystem;
import dev.precis.eval.rouge.Rouge;
import dev.precis.eval.rouge.RougeOptions;
import dev.precis.eval.rouge.RougeScore;
import dev.precis.linear.ZScoredWeights;
import dev.precis.salience.SalienceFeatures;
import dev.precis.salience.SalienceModel;
import dev.precis.summarize.Budget;
import dev.precis.summarize.Summarizer;
import dev.precis.summarize.Summarizers;
import dev.precis.summarize.SummaryOptions;
import dev.precis.summarize.SummaryPipeline;
import dev.precis.text.Language;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Fits the sentence salience model ({@link SalienceModel}) and judges it the only way that says
 * whether it carries over: each labelled set left out in turn, the model fit on the others, and
 * {@code learned} with that model scored on the left-out set next to {@code ilp} and {@code lead}
 * measured in the same run.
 *
 * <p>The fit is weighted ridge regression on z-normalised features, every cluster weighing the
 * same however many candidates it has. Deterministic: sums run in example order and the sets are
 * read in file order, so the same data give the same model, bit for bit.
 *
 * <pre>{@code
 * List<SentenceLabels.Example> examples = SalienceTrainer.examples(set, SummaryOptions.defaults());
 * SalienceModel model = SalienceTrainer.fit(examples, "salience-model.json");
 * }</pre>
 */
public final class SalienceTrainer {
  /** The table's name for {@code learned} with its prior on every cluster, whatever its size. */
  public static final String EVERY_CLUSTER = "learned, prior on every cluster";
  /** The methods of the table, in its order. */
  public static final List<String> METHODS = List.of("lead", "ilp", EVERY_CLUSTER, "learned");

  /** Ridge penalty per unit of example weight (every cluster weighs 1). */
  public static final double L2 = 0.1;

  private SalienceTrainer() {}

  /** The candidate sentences of every cluster of {@code set}, labelled, in file order. */
  public static List<SentenceLabels.Example> examples(EvaluationSet set, SummaryOptions options) {
    List<SentenceLabels.Example> all = new ArrayList<>();
    SummaryOptions budgeted = options.withBudget(Budget.words(set.words()));
    DatasetReader.forEach(set.file(), topic -> {
      SummaryOptions o = topic.language() == null ? budgeted
          : budgeted.withLanguage(Language.parse(topic.language()));
      SentenceLabels labels = new SentenceLabels(set.name(), topic);
      try {
        new SummaryPipeline(o, labels).summarize(topic.documents());
      } catch (PrecisException e) {
        return; // a cluster with nothing to summarize teaches nothing
      }
      all.addAll(labels.examples());
    });
    return all;
  }

  /** Fits the model on {@code on}; {@code source} names it in the summaries that use it. */
  public static SalienceModel fit(List<SentenceLabels.Example> on, String source) {
    if (on.isEmpty()) {
      throw new PrecisException("no labelled sentences to train on");
    }
    int d = SalienceFeatures.NAMES.size();
    Map<String, Integer> perCluster = new HashMap<>();
    for (SentenceLabels.Example e : on) {
      perCluster.merge(e.set() + "/" + e.topic(), 1, Integer::sum);
    }
    double[] w = new double[on.size()];
    double total = 0;
    for (int i = 0; i < w.length; i++) {
      SentenceLabels.Example e = on.get(i);
      w[i] = 1.0 / perCluster.get(e.set() + "/" + e.topic());
      total += w[i];
    }
    double[] mean = new double[d];
    double yMean = 0;
    for (int i = 0; i < w.length; i++) {
      double[] x = on.get(i).features();
      for (int k = 0; k < d; k++) {
        mean[k] += w[i] * x[k];
      }
      yMean += w[i] * on.get(i).label();
    }
    for (int k = 0; k < d; k++) {
      mean[k] /= total;
    }
    yMean /= total;
    double[] scale = new double[d];
    for (int i = 0; i < w.length; i++) {
      double[] x = on.get(i).features();
      for (int k = 0; k < d; k++) {
        scale[k] += w[i] * (x[k] - mean[k]) * (x[k] - mean[k]);
      }
    }
    for (int k = 0; k < d; k++) {
      double sd = Math.sqrt(scale[k] / total);
      scale[k] = sd > 1e-9 ? sd : 1;
    }
    double[][] a = new double[d][d];
    double[] b = new double[d];
    double[] z = new double[d];
    for (int i = 0; i < w.length; i++) {
      double[] x = on.get(i).features();
      for (int k = 0; k < d; k++) {
        z[k] = (x[k] - mean[k]) / scale[k];
      }
      double y = on.get(i).label() - yMean;
      for (int k = 0; k < d; k++) {
        b[k] += w[i] * z[k] * y;
        for (int j = 0; j < d; j++) {
          a[k][j] += w[i] * z[k] * z[j];
        }
      }
    }
    for (int k = 0; k < d; k++) {
      a[k][k] += L2 * total;
    }
    double[] beta = LinearSystem.solve(a, b);
    List<Double> means = new ArrayList<>();
    List<Double> scales = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    for (int k = 0; k < d; k++) {
      means.add(mean[k]);
      scales.add(scale[k]);
      weights.add(beta[k]);
    }
    return new SalienceModel(new ZScoredWeights(SalienceFeatures.NAMES, means, scales, weights),
        yMean, source);
  }


  /**
   * One scored method on one left-out set.
   *
   * @param set the set left out
   * @param method one of {@link #METHODS}
   * @param rouge1 ROUGE-1 in the set's measure
   * @param rouge2 ROUGE-2 in the set's measure
   */
  public record Row(String set, String method, double rouge1, double rouge2) {}

  /**
   * Leaves each set out in turn: fits on the others' examples, scores {@code learned} with that
   * model (prior weight {@code priorWeight}), with its cluster-size rule and with the prior on
   * every cluster, on the left-out set, and {@code lead} and {@code ilp} beside it.
   */
  public static List<Row> leaveOneOut(List<EvaluationSet> sets,
      Map<String, List<SentenceLabels.Example>> examples, SummaryOptions options,
      double priorWeight, Consumer<String> log) {
    List<Row> rows = new ArrayList<>();
    for (EvaluationSet out : sets) {
      List<SentenceLabels.Example> on = new ArrayList<>();
      for (EvaluationSet s : sets) {
        if (!s.name().equals(out.name())) {
          on.addAll(examples.get(s.name()));
        }
      }
      SalienceModel model = fit(on, "without " + out.name());
      Rouge rouge = new Rouge(RougeOptions.parse(out.rouge()));
      DatasetEvaluator evaluator = new DatasetEvaluator(rouge);
      SummaryOptions o = options.withBudget(Budget.words(out.words()));
      for (String method : METHODS) {
        log.accept("scoring " + method + " on " + out.name());
        Summarizer summarizer = method.equals(EVERY_CLUSTER)
            ? Summarizers.learned(model, priorWeight, 0)
            : method.equals("learned")
            ? Summarizers.learned(model, priorWeight, Summarizers.PRIOR_BELOW_ARTICLES)
            : Summarizers.create(method);
        DatasetEvaluator.Result r = evaluator.evaluateSummarizer(out.file(), o, summarizer, null);
        rows.add(new Row(out.name(), method,
            measure(r.corpus().get("ROUGE-1").average(), out.measure()),
            measure(r.corpus().get("ROUGE-2").average(), out.measure())));
      }
    }
    return rows;
  }

  private static double measure(RougeScore s, String measure) {
    return measure.equals("F") ? s.f() : s.recall();
  }

  /** The leave-one-dataset-out table, for people. */
  public static String table(List<EvaluationSet> sets, List<Row> rows) {
    StringBuilder b = new StringBuilder();
    b.append("| left out (fit on the other three) | words | ROUGE |");
    for (String method : METHODS) {
      b.append(' ').append(method).append(" R-1 / R-2 |");
    }
    b.append("\n|---|---:|---|").append("---|".repeat(METHODS.size())).append('\n');
    for (EvaluationSet s : sets) {
      b.append(String.format(Locale.ROOT, "| %s | %d | %s `%s` |", s.name(), s.words(),
          s.measure(), s.rouge()));
      for (String method : METHODS) {
        for (Row r : rows) {
          if (r.set().equals(s.name()) && r.method().equals(method)) {
            b.append(String.format(Locale.ROOT, " %.4f / %.4f |", r.rouge1(), r.rouge2()));
          }
        }
      }
      b.append('\n');
    }
    return b.toString();
  }
}

package dev.precis.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.PrecisException;
import dev.precis.eval.data.EvaluationSet;
import dev.precis.eval.salience.SalienceTrainer;
import dev.precis.eval.salience.SentenceLabels;
import dev.precis.salience.SalienceModel;
import dev.precis.summarize.Summarizers;
import dev.precis.summarize.SummaryOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code precis train-sentences}: fits the sentence salience model of {@code learned}. */
@Command(
    name = "train-sentences",
    mixinStandardHelpOptions = true,
    description = {
      "Trains the sentence salience model that 'learned' uses as a prior on concept weights.",
      "Every candidate sentence of DUC 2003 tasks 2 and 4, the Multi-News sample and TAC 2011 "
          + "English (read from --shared) is labelled with its ROUGE-2 precision against its "
          + "cluster's references; a ridge regression learns it from position, article "
          + "centrality, concept weights, length, names, numbers and quotes.",
      "Prints the leave-one-dataset-out table (each set scored by a model fit on the other "
          + "three, next to lead and ilp in the same run), then writes the model fit on all sets "
          + "(or all but --leave-out) to --out.",
      "The run is deterministic: the same data give the same model, byte for byte."
    })
final class TrainSentencesCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin SharedData shared;

  @Mixin ModelFile out;

  @Option(names = "--leave-out", paramLabel = "SET",
      description = "Fit the written model without this set (duc2003-task2, duc2003-task4, "
          + "multinews, tac2011-english).")
  String leaveOut;

  @Option(names = "--prior-weight", paramLabel = "X",
      description = "How much the learned scores raise concept weights in the table's 'learned' "
          + "rows (default: the shipped method's, ${DEFAULT-VALUE}).")
  double priorWeight = Summarizers.PRIOR_WEIGHT;

  @Option(names = "--words", paramLabel = "N",
      description = "Score the table's summaries at N words (and ROUGE's length cut with them) "
          + "instead of each set's own length; the model is labelled at each set's own length.")
  Integer words;

  @Option(names = "--no-table",
      description = "Skip the leave-one-dataset-out table (only fit and write the model).")
  boolean noTable;

  @Override
  public Integer call() throws IOException {
    out.check();
    if (!(priorWeight >= 0) || Double.isInfinite(priorWeight)) {
      throw new PrecisException("--prior-weight must be a number >= 0, got " + priorWeight);
    }
    if (words != null && words < 1) {
      throw new PrecisException("--words must be positive, got " + words);
    }
    List<EvaluationSet> sets = EvaluationSet.all(shared.dir());
    if (leaveOut != null && sets.stream().noneMatch(s -> s.name().equals(leaveOut))) {
      throw new PrecisException("--leave-out " + leaveOut + ": no such set; known: "
          + String.join(", ", sets.stream().map(EvaluationSet::name).toList()));
    }
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    SummaryOptions options = SummaryOptions.defaults();
    Map<String, List<SentenceLabels.Example>> examples = new LinkedHashMap<>();
    for (EvaluationSet set : sets) {
      err.println("train-sentences: labelling " + set.name());
      err.flush();
      examples.put(set.name(), SalienceTrainer.examples(set, options));
    }
    if (!noTable) {
      List<EvaluationSet> scored = words == null ? sets
          : sets.stream().map(s -> s.withWords(words)).toList();
      List<SalienceTrainer.Row> rows = SalienceTrainer.leaveOneOut(scored, examples, options,
          priorWeight, message -> {
            err.println("train-sentences: " + message);
            err.flush();
          });
      stdout.print(SalienceTrainer.table(scored, rows));
    }
    if (out.given()) {
      List<SentenceLabels.Example> on = new ArrayList<>();
      examples.forEach((name, e) -> {
        if (!name.equals(leaveOut)) {
          on.addAll(e);
        }
      });
      SalienceModel model = SalienceTrainer.fit(on, out.name());
      ObjectNode provenance = new ObjectMapper().createObjectNode();
      provenance.put("trained", "precis train-sentences"
          + (leaveOut == null ? "" : " --leave-out " + leaveOut));
      provenance.put("sentences", on.size());
      provenance.put("label", "ROUGE-2 precision (-n 2 -m) over the cluster's best candidate");
      provenance.put("l2", SalienceTrainer.L2);
      var names = provenance.putArray("sets");
      examples.keySet().stream().filter(n -> !n.equals(leaveOut)).forEach(names::add);
      out.write(model.toJson(provenance));
      stdout.println("model written to " + out + " (" + on.size() + " sentences)");
    }
    stdout.flush();
    return 0;
  }
}

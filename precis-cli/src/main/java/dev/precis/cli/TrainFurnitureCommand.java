package dev.precis.cli;

import dev.precis.PrecisException;
import dev.precis.eval.furniture.FurnitureLabels;
import dev.precis.eval.furniture.FurnitureTrainer;
import dev.precis.eval.furniture.LabelledSentences;
import dev.precis.text.FurnitureModel;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code precis train-furniture}: fits the web page furniture classifier and reports it. */
@Command(
    name = "train-furniture",
    mixinStandardHelpOptions = true,
    description = {
      "Trains the classifier that drops web page furniture from summaries.",
      "It learns from the hand-labelled sentences shipped with Précis (captions, credit lines, "
          + "teasers, share and newsletter prompts, embedded posts, slugs, and story sentences), "
          + "reading their text from --shared.",
      "Prints precision and recall on a held-out quarter of the labelled documents, over four "
          + "folds by document, and with each dataset left out; then writes the model fit on "
          + "all labels (or all but --leave-out's) to --out.",
      "The run is deterministic: the same labels and data give the same model, byte for byte."
    })
final class TrainFurnitureCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin SharedData shared;

  @Mixin ModelFile out;

  @Option(names = "--leave-out", paramLabel = "DATASET",
      description = "Fit the written model without this dataset's labels (multinews, "
          + "tac2011-english, duc2003), to score that dataset with a model that never saw it.")
  String leaveOut;

  @Override
  public Integer call() throws IOException {
    out.check();
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    List<LabelledSentences.Example> examples = LabelledSentences.read(shared.dir(),
        FurnitureLabels.shipped(), message -> err.println("train-furniture: " + message));
    FurnitureTrainer trainer = new FurnitureTrainer(examples);
    List<LabelledSentences.Example> on = examples;
    if (leaveOut != null) {
      if (!trainer.groups().contains(leaveOut)) {
        throw new PrecisException("--leave-out " + leaveOut + ": no such dataset; known: "
            + String.join(", ", trainer.groups()));
      }
      on = trainer.where(e -> !e.group().equals(leaveOut));
    }
    FurnitureTrainer.Report report = trainer.report();
    stdout.print(report.text());
    if (out.given()) {
      FurnitureModel model = FurnitureTrainer.fit(on, out.name());
      var provenance = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
      provenance.put("trained", "precis train-furniture"
          + (leaveOut == null ? "" : " --leave-out " + leaveOut));
      provenance.put("labelled_sentences", on.size());
      provenance.put("furniture", on.stream().filter(e -> e.label().furniture()).count());
      provenance.put("l2", FurnitureTrainer.L2);
      provenance.put("threshold_choice", "best F" + FurnitureTrainer.BETA + " over "
          + FurnitureTrainer.FOLDS + " folds by document, 0.30 to 0.90 by 0.05: the highest within "
          + FurnitureTrainer.NEAR_BEST + " of the best");
      provenance.set("figures", report.json());
      out.write(model.toJson(provenance));
      stdout.println("model written to " + out + " (" + on.size() + " labelled sentences)");
    }
    stdout.flush();
    return 0;
  }
}

package dev.precis.cli;

import dev.precis.eval.furniture.FurnitureInSummaries;
import dev.precis.eval.furniture.FurnitureLabels;
import dev.precis.eval.furniture.FurnitureTrainer;
import dev.precis.summarize.SummaryOptions;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code precis eval-furniture}: what labelled page furniture the summaries quote. */
@Command(
    name = "eval-furniture",
    mixinStandardHelpOptions = true,
    description = {
      "Counts the labelled web page furniture that summaries quote.",
      "The hand-labelled sentences are captions, credit lines, teasers, share and newsletter "
          + "prompts, embedded posts, slugs and story sentences. DUC 2003 tasks 2 and 4, the "
          + "Multi-News sample and TAC 2011 English are summarized at their README lengths with "
          + "--method and with lead (the baseline); each summary sentence is matched to the "
          + "labelled sentence it quotes; the counts by kind are printed as Markdown, then the "
          + "furniture --method quotes, sentence by sentence: first with each cluster's pages "
          + "unseen (four folds by cluster, each with a model fit on the other folds' labels), "
          + "then with the built-in model.",
      "With --furniture-model, that model's summaries only; with --no-furniture, what the "
          + "summaries quote without the stage."
    })
final class EvalFurnitureCommand implements Callable<Integer> {
  /** The baseline every table of README keeps a row of. */
  private static final String BASELINE = "lead";

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin SharedData shared;

  @Mixin MethodOption method;

  @Mixin FurnitureOptions furniture;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    String chosen = method.name();
    List<String> methods = chosen.equals(BASELINE) ? List.of(chosen)
        : List.of(chosen, BASELINE);
    SummaryOptions options = furniture.apply(SummaryOptions.defaults());
    Consumer<String> log = message -> err.println("eval-furniture: " + message);
    if (furniture.off || furniture.model != null) {
      out.print(FurnitureInSummaries.run(shared.dir(), FurnitureLabels.shipped(), methods, options,
          log));
    } else {
      out.println("Held out: each cluster summarized with a furniture model fit without the "
          + "labels of its fold (" + FurnitureTrainer.FOLDS + " folds by cluster)\n");
      out.print(FurnitureInSummaries.heldOut(shared.dir(), FurnitureLabels.shipped(), methods,
          options, FurnitureTrainer.FOLDS, log));
      out.println("\nThe built-in model, fit on every label\n");
      out.print(FurnitureInSummaries.run(shared.dir(), FurnitureLabels.shipped(), methods, options,
          log));
    }
    out.flush();
    return 0;
  }
}

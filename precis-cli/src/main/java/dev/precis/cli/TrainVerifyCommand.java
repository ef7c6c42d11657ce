package dev.precis.cli;

import dev.precis.PrecisException;
import dev.precis.eval.verify.VerifyTrainer;
import dev.precis.verify.VerdictModel;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code precis train-verify}: fits the verdict model of {@code precis verify}. */
@Command(
    name = "train-verify",
    mixinStandardHelpOptions = true,
    description = {
      "Trains the model that decides whether verify calls a sentence supported.",
      "Reference sentences of DUC 2003, the Multi-News sample and TAC 2011 English (read from "
          + "--shared) are checked against their clusters as written (supported) and changed "
          + "(not); a logistic regression learns the verdict from coverage, figures, names and "
          + "negation, on the tuning clusters only.",
      "Prints the held-out table beside the hand thresholds it replaces, other cutoffs, and "
          + "each dataset left out; writes the model to --out. Deterministic."
    })
final class TrainVerifyCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin SharedData shared;

  @Mixin ModelFile out;

  @Option(names = "--flagged", paramLabel = "N",
      description = "Also print N unchanged tuning sentences the model flags, with their best "
          + "source sentence and features.")
  int flagged;

  @Option(names = "--why", paramLabel = "REASON",
      description = "With --flagged, only sentences flagged for this reason (how it starts: "
          + "'contradicted', 'no source', 'a figure', 'a name', 'negation', 'model').")
  String why;

  @Override
  public Integer call() throws IOException {
    out.check();
    if (flagged < 0) {
      throw new PrecisException("--flagged must be 0 or more, got " + flagged);
    }
    PrintWriter stdout = spec.commandLine().getOut();
    VerifyTrainer trainer = VerifyTrainer.read(shared.dir());
    VerdictModel model = trainer.fit(VerifyTrainer.TUNING,
        out.given() ? out.name() : "train-verify");
    stdout.print(trainer.report(model));
    if (flagged > 0) {
      stdout.print("\n" + trainer.flagged(model, flagged, why));
    }
    if (out.given()) {
      out.write(model.toJson(trainer.provenance(model)));
      stdout.println("model written to " + out);
    }
    stdout.flush();
    return 0;
  }
}

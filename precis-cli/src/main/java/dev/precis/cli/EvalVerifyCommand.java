package dev.precis.cli;

import dev.precis.eval.verify.VerifyBenchmark;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code precis eval-verify}: how often verify flags the errors models make. */
@Command(
    name = "eval-verify",
    mixinStandardHelpOptions = true,
    description = {
      "Measures how often verify flags changed sentences of reference summaries.",
      "Reference summaries of DUC 2003, the Multi-News sample and TAC 2011 English are checked "
          + "against their own clusters as written and changed (another number, date or weekday, "
          + "name, a negation, a sentence of another story); prints a Markdown table for the "
          + "tuning clusters and the held-out ones."
    })
final class EvalVerifyCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin SharedData shared;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(VerifyBenchmark.run(shared.dir()));
    spec.commandLine().getOut().flush();
    return 0;
  }
}

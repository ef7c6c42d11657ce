package dev.precis.cli;

import dev.precis.eval.update.UpdateBenchmark;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code precis eval-update}: what update summaries leave out, and what it costs in ROUGE. */
@Command(
    name = "eval-update",
    mixinStandardHelpOptions = true,
    description = {
      "Measures update summaries on clusters split by date into earlier and later parts.",
      "For DUC 2003 tasks 2 and 4, TAC 2011 English and the Multi-News sample (where documents "
          + "carry dates): the share of the summary already in the earlier part, and ROUGE "
          + "against the references, for a plain summary of the later part and update summaries "
          + "at each weight of seen concepts, the weight chosen leaving one dataset out; prints "
          + "Markdown tables."
    })
final class EvalUpdateCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin SharedData shared;

  @Mixin MethodOption method;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(UpdateBenchmark.run(shared.dir(), method.name()));
    spec.commandLine().getOut().flush();
    return 0;
  }
}

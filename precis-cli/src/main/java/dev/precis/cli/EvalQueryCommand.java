package dev.precis.cli;

import dev.precis.eval.query.QueryBenchmark;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code precis eval-query}: whether {@code --query} summarizes the asked story and not the rest. */
@Command(
    name = "eval-query",
    mixinStandardHelpOptions = true,
    description = {
      "Measures --query on two stories mixed into one input.",
      "For DUC 2003 tasks 2 and 4, TAC 2011 English and the Multi-News sample: each cluster is "
          + "mixed with another and asked about with three words from its own documents; prints "
          + "the share of summary sentences taken from the asked story and ROUGE against its "
          + "references, without the query, with it, and for the story alone, as Markdown."
    })
final class EvalQueryCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin SharedData shared;

  @Mixin MethodOption method;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(QueryBenchmark.run(shared.dir(), method.name()));
    spec.commandLine().getOut().flush();
    return 0;
  }
}

package dev.precis.cli;

import dev.precis.summarize.Summarizers;
import picocli.CommandLine.Option;

/**
 * {@code -m, --method METHOD}: the summarization method a measuring command runs, the default
 * unless given (a picocli mixin).
 *
 * <pre>{@code
 * @Mixin MethodOption method;
 * ... QueryBenchmark.run(shared.dir(), method.name()) ...
 * }</pre>
 */
final class MethodOption {
  @Option(names = {"-m", "--method"}, paramLabel = "METHOD", defaultValue = Summarizers.DEFAULT,
      description = "Summarization method (default: ${DEFAULT-VALUE}).")
  String method;

  /** The method's name, or one clear message listing the valid ones when it names none. */
  String name() {
    Summarizers.create(method);
    return method;
  }
}

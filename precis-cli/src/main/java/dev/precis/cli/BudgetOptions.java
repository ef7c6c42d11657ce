package dev.precis.cli;

import dev.precis.summarize.Budget;
import picocli.CommandLine.Option;

/** The mutually exclusive length options shared by the commands that summarize. */
final class BudgetOptions {
  @Option(names = {"-w", "--words"}, paramLabel = "N",
      description = "Summary length in words (default 100).")
  Integer words;

  @Option(names = {"--sentences"}, paramLabel = "N", description = "Summary length in sentences.")
  Integer sentences;

  @Option(names = {"--bytes"}, paramLabel = "N", description = "Summary length in bytes.")
  Integer bytes;

  static Budget of(BudgetOptions options, int defaultWords) {
    if (options == null) {
      return Budget.words(defaultWords);
    }
    if (options.words != null) {
      return Budget.words(options.words);
    }
    if (options.sentences != null) {
      return Budget.sentences(options.sentences);
    }
    if (options.bytes != null) {
      return Budget.bytes(options.bytes);
    }
    return Budget.words(defaultWords);
  }
}

package dev.precis.fuzz;

import dev.precis.PrecisException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a fuzz target accepts from the code it drives: a result, or a refusal of bad input with a
 * {@link PrecisException} (the one-line message users see). Any other exception or error escapes
 * and is a finding.
 *
 * <pre>{@code
 * Optional<ReadResult> read = Outcome.of(() -> reader.readBytes("page.html", bytes));
 * }</pre>
 */
final class Outcome {
  private Outcome() {}

  /** The result, or empty when the input was refused as bad input. */
  static <T> Optional<T> of(Supplier<T> work) {
    try {
      return Optional.of(work.get());
    } catch (PrecisException refused) {
      if (refused.getMessage() == null || refused.getMessage().isBlank()) {
        throw new AssertionError("a refusal without a message", refused);
      }
      return Optional.empty();
    }
  }

  /** Fails the run with {@code what} when {@code holds} is false. */
  static void check(boolean holds, String what) {
    if (!holds) {
      throw new AssertionError(what);
    }
  }
}

package dev.precis.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import dev.precis.eval.rouge.Rouge;
import dev.precis.eval.rouge.RougeOptions;
import java.util.List;

/**
 * ROUGE-1.5.5 flag strings ({@code --rouge "-n 2 -m -l 100"}): every malformed flag is one
 * message, and every accepted set of flags scores. Run: {@code bin/fuzz RougeFlagsFuzzer 600}.
 */
public final class RougeFlagsFuzzer {
  private RougeFlagsFuzzer() {}

  public static void fuzzerTestOneInput(FuzzedDataProvider data) {
    String flags = data.consumeString(200);
    String peer = data.consumeString(300);
    String model = data.consumeRemainingAsString();
    Outcome.of(() -> RougeOptions.parse(flags)).ifPresent(options ->
        Outcome.of(() -> new Rouge(options).score(List.of(peer), List.of(List.of(model)))));
  }
}

package dev.precis.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import dev.precis.text.SentenceSplitter;
import java.util.List;

/**
 * Sentence splitting on any text: spans inside the text, in order, never overlapping, never
 * empty. Run: {@code bin/fuzz SentenceSplittingFuzzer 600}.
 */
public final class SentenceSplittingFuzzer {
  private SentenceSplittingFuzzer() {}

  public static void fuzzerTestOneInput(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    List<int[]> spans = SentenceSplitter.split(text);
    int previousEnd = 0;
    for (int[] span : spans) {
      Outcome.check(span[0] >= previousEnd && span[0] < span[1] && span[1] <= text.length(),
          "span [" + span[0] + ", " + span[1] + ") after " + previousEnd + " in a text of "
              + text.length());
      SentenceSplitter.isComplete(text.substring(span[0], span[1]));
      previousEnd = span[1];
    }
  }
}

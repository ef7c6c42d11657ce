package dev.precis.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The stage that splits each sentence into its lower-cased words ({@link Tokenizer}) and drops a
 * sentence left without any.
 *
 * <pre>{@code
 * List<SentenceDraft> page = Words.STAGE.apply(SentenceDraft.of(article));
 * page.get(0).words(); // [the, ferry, union, voted, ...]
 * }</pre>
 */
public final class Words implements SentenceStage {
  public static final Words STAGE = new Words();

  private Words() {}

  @Override
  public List<SentenceDraft> apply(List<SentenceDraft> page) {
    List<SentenceDraft> out = new ArrayList<>(page.size());
    for (SentenceDraft s : page) {
      List<String> words = Tokenizer.words(s.text());
      if (!words.isEmpty()) {
        out.add(s.withWords(words));
      }
    }
    return out;
  }
}

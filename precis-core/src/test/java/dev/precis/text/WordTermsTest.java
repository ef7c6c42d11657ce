package dev.precis.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WordTermsTest {
  private static WordTerms.Entry upperCased(String word) {
    return new WordTerms.Entry(word, word.length() > 2 ? word.toUpperCase(Locale.ROOT) : null,
        word.substring(0, Math.min(4, word.length())));
  }

  @Test
  void aWordIsComputedOnceAndFoundByEqualityNotIdentity() {
    AtomicInteger computed = new AtomicInteger();
    WordTerms known = new WordTerms(w -> {
      computed.incrementAndGet();
      return upperCased(w);
    });
    WordTerms.Entry flood = known.of("flooding");
    assertThat(flood).isEqualTo(new WordTerms.Entry("flooding", "FLOODING", "floo"));
    assertThat(known.of(new String("flooding"))).isSameAs(flood);
    assertThat(known.of("to").term()).isNull();
    assertThat(computed).hasValue(2);
  }

  @Test
  void wordsWithOneHashGetTheirOwnEntries() {
    WordTerms known = new WordTerms(WordTermsTest::upperCased);
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
    assertThat(known.of("Aa").word()).isEqualTo("Aa");
    assertThat(known.of("BB").word()).isEqualTo("BB");
    assertThat(known.of("Aa").word()).isEqualTo("Aa");
  }

  @Test
  void moreWordsThanSlotsStillGetTheirOwnEntries() {
    WordTerms known = new WordTerms(WordTermsTest::upperCased);
    List<String> words = new ArrayList<>();
    for (int k = 0; k < 600_000; k++) {
      words.add("w" + Integer.toString(k * 7919, 36));
    }
    for (String w : words) {
      assertThat(known.of(w)).isEqualTo(upperCased(w));
    }
    // the first ones may have been replaced since; they are computed again, as before
    for (String w : words.subList(0, 1_000)) {
      assertThat(known.of(w)).isEqualTo(upperCased(w));
    }
  }

  @Test
  void threadsReadingAndWritingAtOnceGetTheRightEntries() throws Exception {
    WordTerms known = new WordTerms(WordTermsTest::upperCased);
    List<Thread> threads = new ArrayList<>();
    List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    for (int t = 0; t < 4; t++) {
      int seed = t;
      threads.add(new Thread(() -> {
        try {
          for (int k = 0; k < 200_000; k++) {
            // more distinct words than slots: entries are replaced while others read them
            String w = "x" + ((k * 31 + seed) % 150_000);
            if (!known.of(w).equals(upperCased(w))) {
              throw new AssertionError("wrong entry for " + w);
            }
          }
        } catch (Throwable e) {
          failures.add(e);
        }
      }));
    }
    for (Thread t : threads) {
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void theNormalizerGivesTermsAndStemsAsItDid() {
    TermNormalizer english = TermNormalizer.of(Language.ENGLISH);
    assertThat(english.term("floods")).isEqualTo("flood");
    assertThat(english.stem("floods")).isEqualTo("flood");
    assertThat(english.term("the")).isNull();
    assertThat(english.stem("the")).isEqualTo("the");
    assertThat(english.term("5")).isNull();
    assertThat(english.term("u.s.")).isEqualTo("u.s.");
    assertThat(english.term("minister's")).isEqualTo("minist");
    assertThat(english.term("x")).isEqualTo("x");
    assertThat(english.term("")).isNull(); // no term (the cache before threw here)
    assertThat(english.stem("")).isEmpty();
    assertThat(english.term("having")).isNull();
    assertThat(english.stem("having")).isEqualTo("have");
    TermNormalizer czech = TermNormalizer.of(Language.CZECH);
    assertThat(czech.term("povodněmi")).isEqualTo(czech.stem("povodněmi"));
    assertThat(czech.stem("povodněmi")).isNotEqualTo("povodněmi");
    TermNormalizer hebrew = TermNormalizer.of(Language.HEBREW);
    assertThat(hebrew.stem("הצפות")).isEqualTo("הצפות");
  }
}

package dev.precis.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class WordTableTest {
  @Test
  void givesTheLowerCasedWordAndOneInstanceForItsEveryCase() {
    String text = "OBAMA met Obama's aide; obama left. Café CAFÉ \u0130stanbul";
    String first = word(text, "OBAMA");
    assertThat(first).isEqualTo("obama");
    assertThat(word(text, "Obama")).isSameAs(first);
    assertThat(word(text, "obama")).isSameAs(first);
    assertThat(word(text, "Obama's")).isEqualTo("obama's");
    assertThat(word(text, "Café")).isEqualTo("café");
    assertThat(word(text, "CAFÉ")).isEqualTo("café");
    assertThat(word(text, "\u0130stanbul")).isEqualTo("\u0130stanbul".toLowerCase(Locale.ROOT));
  }

  private static String word(String text, String spelt) {
    int start = text.indexOf(spelt);
    return WordTable.word(text, start, start + spelt.length());
  }

  @Test
  void tellsApartWordsOfTheSameHash() {
    // "an" and "c0" have the same String.hashCode, and so the same slots
    assertThat("an".hashCode()).isEqualTo("c0".hashCode());
    String text = "an C0 AN c0";
    assertThat(WordTable.word(text, 0, 2)).isEqualTo("an");
    assertThat(WordTable.word(text, 3, 5)).isEqualTo("c0");
    assertThat(WordTable.word(text, 6, 8)).isEqualTo("an");
    assertThat(WordTable.word(text, 9, 11)).isEqualTo("c0");
    assertThat(WordTable.word("ad c&", 0, 2)).isEqualTo("ad");
    assertThat(WordTable.word("ad c&", 3, 5)).isEqualTo("c&");
  }

  @Test
  void answersAsSubstringAndLowerCaseDoOnRandomText() {
    // a small alphabet, so that words repeat, share slots of the table and replace each other
    String alphabet = "aAbBcCdD0é\u0130xyzXYZ'.-";
    Random random = new Random(7);
    for (int k = 0; k < 200_000; k++) {
      StringBuilder text = new StringBuilder();
      int length = 1 + random.nextInt(random.nextInt(10) == 0 ? 40 : 6);
      for (int i = 0; i < length; i++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = "<" + text + ">";
      assertThat(WordTable.word(s, 1, s.length() - 1))
          .isEqualTo(text.toString().toLowerCase(Locale.ROOT));
    }
  }

  @Test
  void threadsReadingTheSameWordsGetTheRightWords() throws Exception {
    List<String> words = new ArrayList<>();
    for (int w = 0; w < 5_000; w++) {
      words.add("Word" + w);
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> wrong = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int seed = t;
        wrong.add(pool.submit(() -> {
          Random random = new Random(seed);
          int errors = 0;
          for (int k = 0; k < 100_000; k++) {
            String w = words.get(random.nextInt(words.size()));
            if (!WordTable.word(w, 0, w.length()).equals(w.toLowerCase(Locale.ROOT))) {
              errors++;
            }
          }
          return errors;
        }));
      }
      for (Future<Integer> f : wrong) {
        assertThat(f.get()).isZero();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}

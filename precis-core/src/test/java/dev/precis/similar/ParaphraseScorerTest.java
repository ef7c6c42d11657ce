package dev.precis.similar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.PrecisException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParaphraseScorerTest {
  private final ParaphraseScorer scorer = ParaphraseScorer.english();

  private static final String A =
      "Negotiators from the United States and Russia failed on Tuesday to agree on a water treaty.";
  private static final String A_SPUN =
      "On Tuesday, negotiators from the U.S. and the Russian Federation failed to agree on a water treaty.";
  private static final String A_OTHER_FIGURE =
      "Farmers say the dams cut the river's flow by nearly a third in the drought of 2022.";
  private static final String A_CHANGED_FIGURE =
      "Farmers say the dams cut the river's flow by nearly a half in the drought of 2019.";
  private static final String UNRELATED =
      "Campaigners outside the building held banners reading water is not a bargaining chip.";

  @Test
  void aReorderedSentenceWithSynonymsIsAParaphrase() {
    assertThat(scorer.isParaphrase(A, A_SPUN)).isTrue();
    assertThat(scorer.similarity(A, A)).isGreaterThan(scorer.similarity(A, A_SPUN));
  }

  @Test
  void changedFiguresAndUnrelatedSentencesAreNot() {
    assertThat(scorer.similarity(A_OTHER_FIGURE, A_CHANGED_FIGURE))
        .isLessThan(scorer.similarity(A_OTHER_FIGURE, A_OTHER_FIGURE));
    assertThat(scorer.isParaphrase(A, UNRELATED)).isFalse();
    assertThat(scorer.isParaphrase(A_OTHER_FIGURE, UNRELATED)).isFalse();
  }

  @Test
  void symmetricBoundedAndDeterministic() {
    String[] all = {A, A_SPUN, A_OTHER_FIGURE, A_CHANGED_FIGURE, UNRELATED, "", "!!"};
    for (String x : all) {
      for (String y : all) {
        double s = scorer.similarity(x, y);
        assertThat(s).isBetween(0.0, 1.0).isEqualTo(scorer.similarity(y, x))
            .isEqualTo(scorer.similarity(x, y));
      }
    }
  }

  @Test
  void skippingUnweightedFeaturesLeavesEveryScoreAsTheFullModelGives() {
    String[] all = {A, A_SPUN, A_OTHER_FIGURE, A_CHANGED_FIGURE, UNRELATED, "", "!!"};
    for (String x : all) {
      for (String y : all) {
        double full = ParaphraseScorer.probability(ParaphraseScorer.features(x, y),
            ParaphraseScorer.WEIGHTS);
        assertThat(scorer.similarity(x, y)).as("%s / %s", x, y).isEqualTo(full);
        assertThat(scorer.similarity(scorer.prepare(x), scorer.prepare(y))).isEqualTo(full);
      }
    }
  }

  @Test
  void evaluatesAnMsrpFile(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("pairs.txt"),
        "\ufeffQuality\t#1 ID\t#2 ID\t#1 String\t#2 String\n"
            + "1\t1\t2\t" + A + "\t" + A_SPUN + "\n"
            + "0\t3\t4\t" + A + "\t" + UNRELATED + "\n"
            + "0\t5\t6\t" + A_OTHER_FIGURE + "\t" + UNRELATED + "\n");
    ParaphraseScorer.Evaluation e = scorer.evaluate(file);
    assertThat(e.pairs()).isEqualTo(3);
    assertThat(e.accuracy()).isEqualTo(1.0);
    assertThat(e.f1()).isEqualTo(1.0);
    assertThat(new ParaphraseScorer.Evaluation(3, 1, 0, 1).precision()).isEqualTo(0.75);
  }

  @Test
  void badMsrpFilesNameFileAndLine(@TempDir Path dir) throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.txt"),
        "Quality\t#1 ID\t#2 ID\t#1 String\t#2 String\n1\t1\t2\tonly one sentence\n");
    assertThatThrownBy(() -> scorer.evaluate(bad)).isInstanceOf(PrecisException.class)
        .hasMessage(bad + ":2: expected 5 tab-separated fields (Quality, #1 ID, #2 ID, "
            + "#1 String, #2 String), found 4");
    Path label = Files.writeString(dir.resolve("label.txt"),
        "Quality\t#1 ID\t#2 ID\t#1 String\t#2 String\nyes\t1\t2\ta\tb\n");
    assertThatThrownBy(() -> scorer.evaluate(label)).hasMessageContaining("label.txt:2: quality");
    Path headerless = Files.writeString(dir.resolve("x.txt"), "1\t1\t2\ta\tb\n");
    assertThatThrownBy(() -> scorer.evaluate(headerless)).hasMessageContaining("x.txt:1: not an MSRP");
    assertThatThrownBy(() -> scorer.evaluate(dir.resolve("missing.txt")))
        .isInstanceOf(PrecisException.class).hasMessageContaining("missing.txt does not exist");
  }

  @Test
  void capitalisedWordsAreThoseARegularExpressionSplitGives() {
    // the definition the scan replaced: split on runs of anything but letters, numbers (Unicode's
    // L and N), dots, apostrophes and hyphens; every piece but the first that opens in capitals
    java.util.regex.Pattern separators = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}.'-]+");
    java.util.function.Function<String, java.util.Set<String>> bySplit = text -> {
      java.util.Set<String> names = new java.util.HashSet<>();
      String[] pieces = separators.split(text);
      for (int i = 1; i < pieces.length; i++) {
        if (!pieces[i].isEmpty() && Character.isUpperCase(pieces[i].charAt(0))) {
          names.add(pieces[i].toLowerCase(java.util.Locale.ROOT));
        }
      }
      return names;
    };
    java.util.List<String> texts = new java.util.ArrayList<>(java.util.List.of("",
        "Ferry crews at Port Selby walked out on Monday.",
        "\"Lindholm is cut off,\" said O'Brien of the U.S.-based union.",
        "  Crews and Ferries Ltd. met Gen. Ebbe in Århus \u2014 Σωκράτης and \u2167 Legion.",
        "the union's 3rd vote: Åsa, Ölund & Ümit (Ferries-UK) agreed",
        "\uD835\uDC00bc Selby \uD801\uDC00x Lindholm"));
    java.util.Random random = new java.util.Random(3);
    String alphabet = "aZ .,'-\"(\u00c5\u00e5\u03a3\u2167\u00b2\uD835\uDC00\u2014 9Q";
    for (int t = 0; t < 3_000; t++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(24); k > 0; k--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      texts.add(text.toString());
    }
    for (String text : texts) {
      assertThat(ParaphraseScorer.capitalisedWords(text)).as(text).isEqualTo(bySplit.apply(text));
    }
    assertThat(ParaphraseScorer.capitalisedWords("Crews met Gen. Ebbe at Port Selby."))
        .containsExactlyInAnyOrder("gen.", "ebbe", "port", "selby.");
  }
}

package dev.precis.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.facts.Entity;
import dev.precis.facts.Quote;
import dev.precis.read.ArticleReader;
import dev.precis.read.InputFormat;
import dev.precis.text.Article;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shape of input that once took minutes, overflowed the stack or made a 500 KB "entity",
 * read and summarized as the command line does, within a generous bound: {@link #SECONDS} per
 * article, where each takes at most a few seconds on the project's 2-core machine (README,
 * "Bounds per article"), in the test JVM's 1 GB heap. Not a speed test: a quadratic step or a
 * recursion per element fails it by minutes, not by milliseconds.
 */
class WorstCaseInputTest {
  /** Five times the slowest shape measured (the 10 MB article), for a busy CI machine. */
  static final int SECONDS = 60;

  record Shape(String name, String fileName, Supplier<String> content) {
    @Override
    public String toString() {
      return name;
    }
  }

  static List<Shape> shapes() {
    return List.of(
        new Shape("80,000 quoted sentences on one line", "quotes.txt", () -> {
          StringBuilder text = new StringBuilder("Mayor Helen Castell spoke for an hour. ");
          for (int i = 0; i < 80_000; i++) {
            text.append("\"The water in Millside rose by ").append(i)
                .append(" centimetres overnight,\" she said. ");
          }
          return text.toString();
        }),
        new Shape("10,000 nested divs", "deep.html", () -> "<html><head><title>Budget</title>"
            + "</head><body>" + "<div>".repeat(10_000) + "<p>The council met on Monday to agree "
            + "the harbour budget for the coming year.</p>" + "</div>".repeat(10_000)
            + "</body></html>"),
        new Shape("100,000 U.S.", "us.txt", () -> "Officials from the " + "U.S. ".repeat(100_000)
            + "said on Monday that the talks would resume."),
        new Shape("100,000 Mr.", "mr.txt", () -> "The chairman " + "Mr. ".repeat(100_000)
            + "Smith said on Monday that the talks would resume."),
        new Shape("100,000 initials", "initials.txt", () -> "The chairman "
            + "J. R. K. ".repeat(33_000) + "Smith said on Monday that the talks would resume."),
        new Shape("2 MB without punctuation", "transcript.txt",
            () -> "the harbour workers union and the port authority met again on ".repeat(33_000)),
        new Shape("5 MB one-line HTML page", "oneline.html", () -> "<html><body><p>"
            + "lorem ipsum dolor sit amet harbour council budget ".repeat(100_000)
            + "</p></body></html>"),
        new Shape("10 MB article", "long.txt", WorstCaseInputTest::longArticle));
  }

  @ParameterizedTest
  @MethodSource("shapes")
  void isReadAndSummarizedInBoundedTime(Shape shape) {
    byte[] bytes = shape.content().get().getBytes(StandardCharsets.UTF_8);
    long start = System.nanoTime();
    List<Article> articles = ArticleReader.defaults().readBytes(shape.fileName(), bytes,
        shape.fileName().endsWith(".html") ? InputFormat.HTML : InputFormat.TEXT).articles();
    Summary summary = new SummaryPipeline(SummaryOptions.defaults()).summarize(articles);
    double seconds = (System.nanoTime() - start) / 1e9;

    assertThat(seconds).as(shape + ": seconds for " + bytes.length + " bytes")
        .isLessThan(SECONDS);
    assertThat(summary.sentences().isEmpty() ? summary.notes() : List.of("not empty"))
        .as("an empty summary says why").isNotEmpty();
    for (Entity e : summary.facts().entities()) {
      assertThat(e.name().length()).as(shape + ": entity " + e.name()).isLessThanOrEqualTo(100);
    }
    for (Quote q : summary.facts().quotes()) {
      assertThat(q.text().length()).as(shape + ": quote").isLessThanOrEqualTo(2_000);
    }
  }

  /**
   * About 10 MB of news-like prose: sentences of 10 to 30 words drawn from a vocabulary of
   * invented words, in paragraphs of five, all different.
   */
  private static String longArticle() {
    String[] syllables = {"ka", "lo", "mi", "ter", "son", "vel", "dra", "pu", "nor", "bex", "qua",
        "ril", "tam", "gos", "fen", "wy", "zor", "hal", "cet", "dun"};
    Random random = new Random(10);
    StringBuilder text = new StringBuilder(10_500_000);
    int sentence = 0;
    while (text.length() < 10_000_000) {
      int words = 10 + random.nextInt(20);
      for (int k = 0; k < words; k++) {
        StringBuilder word = new StringBuilder();
        for (int y = 0; y < 3; y++) {
          word.append(syllables[(int) (syllables.length * Math.pow(random.nextDouble(), 3))]);
        }
        text.append(k == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word)
            .append(k == words - 1 ? "." : " ");
      }
      text.append(++sentence % 5 == 0 ? "\n" : " ");
    }
    return text.toString();
  }
}

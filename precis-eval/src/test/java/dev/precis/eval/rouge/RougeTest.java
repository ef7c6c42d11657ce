package dev.precis.eval.rouge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.PrecisException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Small cases worked out by hand from ROUGE-1.5.5's definitions; no data files needed. */
class RougeTest {

  private static RougeResult score(String flags, List<String> peer, List<List<String>> models) {
    return new Rouge(RougeOptions.parse(flags)).score(peer, models);
  }

  private static void assertScore(RougeScore s, double r, double p, double f) {
    assertThat(s.recall()).as("recall").isEqualTo(r);
    assertThat(s.precision()).as("precision").isEqualTo(p);
    assertThat(s.f()).as("F").isEqualTo(f);
  }

  @Test
  void rougeNCountsClippedNGrams() {
    // unigrams: the x2, cat, on, mat = 5 of 6; bigrams: the cat, on the, the mat = 3 of 5
    RougeResult r = score("-n 2", List.of("The cat sat on the mat."),
        List.of(List.of("The cat was on the mat.")));
    assertThat(r.metrics()).containsExactly("ROUGE-1", "ROUGE-2", "ROUGE-L");
    assertScore(r.get("ROUGE-1"), 0.83333, 0.83333, 0.83333);
    assertScore(r.get("ROUGE-2"), 0.6, 0.6, 0.6);
  }

  @Test
  void repeatedWordsAreClippedToTheModelCount() {
    // "the" counts at most twice, as often as the model has it: 2 hits of 4 model and 4 peer words
    RougeResult r = score("-n 1", List.of("the the the the"), List.of(List.of("the cat the dog")));
    assertScore(r.get("ROUGE-1"), 0.5, 0.5, 0.5);
  }

  @Test
  void rougeLIsTheUnionLcsOverPeerSentences() {
    // Lin (2004): reference w1..w5, candidate sentences w1 w2 w6 w7 w8 and w1 w3 w8 w9 w5;
    // union LCS w1 w2 w3 w5 = 4 of 5 reference words, of 10 peer words
    RougeResult l = score("", List.of("w1 w2 w6 w7 w8", "w1 w3 w8 w9 w5"),
        List.of(List.of("w1 w2 w3 w4 w5")));
    assertThat(l.metrics()).containsExactly("ROUGE-L");
    assertScore(l.get("ROUGE-L"), 0.8, 0.4, 0.53333);
  }

  @Test
  void rougeWWeightsConsecutiveRuns() {
    // LCS a b . c d: two runs of 2, hits 2 * 2^1.2; 1.5.5 weights the model base twice: (5^1.2)^1.2
    RougeResult r = score("-w 1.2", List.of("a b c d"), List.of(List.of("a b x c d")));
    assertThat(r.metrics()).containsExactly("ROUGE-L", "ROUGE-W-1.2");
    assertScore(r.get("ROUGE-W-1.2"), 0.51656, 0.8909, 0.65395);
    assertScore(r.get("ROUGE-L"), 0.8, 1.0, 0.88889);
  }

  @Test
  void skipBigramsWithAndWithoutUnigrams() {
    // 6 tokens: 15 pairs within gap 4; 10 shared (all pairs avoiding sat / was)
    List<String> peer = List.of("the cat sat on the mat");
    List<List<String>> model = List.of(List.of("the cat was on the mat"));
    assertScore(score("-x -2 4", peer, model).get("ROUGE-S4"), 0.66667, 0.66667, 0.66667);
    // -u adds each token but the last as a unigram: 5 per side, 4 shared: 14 of 20
    assertScore(score("-x -2 4 -u", peer, model).get("ROUGE-SU4"), 0.7, 0.7, 0.7);
    RougeResult both = score("-x -2 4 -U", peer, model);
    assertThat(both.metrics()).containsExactly("ROUGE-S4", "ROUGE-SU4");
  }

  @Test
  void skipDistanceLimitsTheGap() {
    // gap 0: only adjacent pairs, i.e. bigrams: a b, b c of peer; model a b, b x -> 1 of 2
    RougeResult r = score("-x -2 0", List.of("a b c"), List.of(List.of("a b x")));
    assertScore(r.get("ROUGE-S0"), 0.5, 0.5, 0.5);
    // unlimited gap: all 3 pairs: a b, a c, b c vs a b, a x, b x -> 1 of 3
    assertScore(score("-x -2 -1", List.of("a b c"), List.of(List.of("a b x"))).get("ROUGE-S*"),
        0.33333, 0.33333, 0.33333);
  }

  @Test
  void modelAveragePoolsHitsAndBestModelKeepsTheBestRecall() {
    List<String> peer = List.of("a b c d");
    List<List<String>> models = List.of(List.of("a b x y"), List.of("a b c z z"));
    // A: (2 + 3) hits / (4 + 5) model words; precision 5 / (4 + 4)
    assertScore(score("-n 1 -x -f A", peer, models).get("ROUGE-1"), 0.55556, 0.625, 0.58824);
    // B: the second model, recall 3/5, precision 3/4
    assertScore(score("-n 1 -x -f B", peer, models).get("ROUGE-1"), 0.6, 0.75, 0.66667);
  }

  @Test
  void alphaWeighsPrecisionAgainstRecall() {
    RougeResult r = score("-p 0.8", List.of("w1 w2 w6 w7 w8", "w1 w3 w8 w9 w5"),
        List.of(List.of("w1 w2 w3 w4 w5")));
    // F = PR / ((1 - 0.8) P + 0.8 R) = 0.32 / 0.72
    assertScore(r.get("ROUGE-L"), 0.8, 0.4, 0.44444);
  }

  @Test
  void wordCutKeepsWholeSentencesAndCutsTheOneThatReachesTheLimit() {
    // peer: 3 words kept, then 1 word of the next sentence; the model is cut to 4 words as well
    RougeResult r = score("-n 1 -l 4", List.of("a b c", "d e f"), List.of(List.of("a b c d e f")));
    assertScore(r.get("ROUGE-1"), 1.0, 1.0, 1.0);
    assertScore(r.get("ROUGE-L"), 1.0, 1.0, 1.0);
    RougeResult uncut = score("-n 1", List.of("a b c", "d e f"), List.of(List.of("a b c d")));
    assertScore(uncut.get("ROUGE-1"), 1.0, 0.66667, 0.8);
  }

  @Test
  void wordCutCountsWhiteSpaceSeparatedWordsNotTokens() {
    // "a-b" is one word for the cut (perl splits on white space) but two tokens after it
    RougeResult r = score("-n 1 -x -l 2", List.of("a-b c d"), List.of(List.of("a b c d")));
    // the peer keeps "a-b c" (tokens a b c), the model "a b": 2 hits of 2 model and 3 peer tokens
    assertScore(r.get("ROUGE-1"), 1.0, 0.66667, 0.8);
  }

  @Test
  void byteCutCountsUtf8BytesAndKeepsTheSentenceListOfLcsAs155Does() {
    // n-gram text: "abc def" (7 bytes) + 2 bytes of "ghi jk" -> abc def gh, same for the peer
    List<String> peer = List.of("abc def", "ghi");
    List<List<String>> model = List.of(List.of("abc def", "ghi jk"));
    RougeResult r = score("-n 1 -b 9", peer, model);
    assertScore(r.get("ROUGE-1"), 1.0, 1.0, 1.0);
    // 1.5.5 never advances its byte count for LCS sentences: both model sentences stay whole
    // (base 4), "ghi" is no hit since the cut unigrams hold "gh"; precision uses the cut peer (3)
    assertScore(r.get("ROUGE-L"), 0.5, 0.66667, 0.57143);
    // é is two bytes: "é abc" is cut after "é a"
    RougeResult utf8 = score("-n 1 -x -b 4", List.of("é abc"), List.of(List.of("a")));
    assertScore(utf8.get("ROUGE-1"), 1.0, 1.0, 1.0);
  }

  @Test
  void stopWordsAreRemovedWithS() {
    List<String> peer = List.of("The cat is on the mat");
    List<List<String>> model = List.of(List.of("A cat on a mat"));
    assertScore(score("-n 1 -x -s", peer, model).get("ROUGE-1"), 1.0, 1.0, 1.0);
    assertScore(score("-n 1 -x", peer, model).get("ROUGE-1"), 0.6, 0.5, 0.54545);
  }

  @Test
  void stemmingUsesWordNetExceptionsThenPorterOnWordsLongerThanThree() {
    // went -> go (exception), dogs -> dog (Porter); "ran" has three letters and stays
    List<String> peer = List.of("he went walking with dogs and ran");
    List<List<String>> model = List.of(List.of("he go walk with dog and run"));
    assertScore(score("-n 1 -x -m", peer, model).get("ROUGE-1"), 0.85714, 0.85714, 0.85714);
    assertScore(score("-n 1 -x", peer, model).get("ROUGE-1"), 0.42857, 0.42857, 0.42857);
  }

  @Test
  void tokensAreLowerCasedAlphanumericRuns() {
    // punctuation, hyphens and non-ASCII letters separate tokens: "naïve" is "na" and "ve"
    RougeResult r = score("-n 1 -x", List.of("U.S.-led, naïve"),
        List.of(List.of("u s led na ve")));
    assertScore(r.get("ROUGE-1"), 1.0, 1.0, 1.0);
  }

  @Test
  void emptySummariesScoreZeroNeverNaN() {
    String flags = "-n 2 -w 1.2 -2 4 -u";
    for (RougeResult r : List.of(
        score(flags, List.of(), List.of(List.of("a b c"))),
        score(flags, List.of("", "--- ..."), List.of(List.of("a b c"))),
        score(flags, List.of("a b c"), List.of(List.of())),
        score(flags, List.of("a b c"), List.of(List.of(""), List.of())),
        score(flags + " -f B", List.of(), List.of(List.of()))
    )) {
      r.asMap().values().forEach(s -> assertScore(s, 0, 0, 0));
    }
  }

  @Test
  void badInputIsRejectedWithAClearMessage() {
    Rouge rouge = new Rouge(RougeOptions.parse("-n 1"));
    assertThatThrownBy(() -> rouge.score(List.of("a"), List.of()))
        .isInstanceOf(PrecisException.class).hasMessageContaining("at least one model");
    assertThatThrownBy(() -> rouge.score(null, List.of(List.of("a"))))
        .isInstanceOf(PrecisException.class).hasMessageContaining("peer summary");
    assertThatThrownBy(() -> rouge.score(List.of("a"), List.of(java.util.Arrays.asList("a", null))))
        .isInstanceOf(PrecisException.class).hasMessageContaining("model summary 1: sentence 2");
    assertThatThrownBy(() -> rouge.score(List.of("a"), List.of(List.of("a"))).get("ROUGE-2"))
        .isInstanceOf(PrecisException.class).hasMessageContaining("ROUGE-2");
  }

  @Test
  void corpusEvaluationAveragesTopicsDeterministically() {
    Rouge rouge = new Rouge(RougeOptions.parse("-n 1 -x -r 200"));
    RougeEvaluation first = rouge.newEvaluation();
    RougeEvaluation second = rouge.newEvaluation();
    for (RougeEvaluation e : List.of(first, second)) {
      e.add(List.of("a b"), List.of(List.of("a b")));     // 1
      e.add(List.of("a b"), List.of(List.of("a c")));     // 0.5
      e.add(List.of("x y"), List.of(List.of("a c")));     // 0
    }
    RougeAverage a = first.result().get("ROUGE-1");
    assertThat(a.mean().recall()).isEqualTo(0.5);
    assertThat(a.lower().recall()).isLessThanOrEqualTo(a.average().recall());
    assertThat(a.upper().recall()).isGreaterThanOrEqualTo(a.average().recall());
    assertThat(a.upper().recall()).isGreaterThan(a.lower().recall());
    assertThat(second.result().toString()).isEqualTo(first.result().toString());
    assertThat(first.result().topics()).isEqualTo(3);
  }

  @Test
  void oneTopicHasAPointInterval() {
    RougeEvaluation e = new Rouge(RougeOptions.parse("-n 1 -x")).newEvaluation();
    e.add(List.of("a b c"), List.of(List.of("a b d")));
    RougeAverage a = e.result().get("ROUGE-1");
    assertScore(a.average(), 0.66667, 0.66667, 0.66667);
    assertScore(a.lower(), 0.66667, 0.66667, 0.66667);
    assertScore(a.upper(), 0.66667, 0.66667, 0.66667);
    assertThat(e.result().toString())
        .startsWith("ROUGE-1 Average_R: 0.66667 (95%-conf.int. 0.66667 - 0.66667)");
  }

  @Test
  void emptyEvaluationReportsZeros() {
    RougeCorpusResult r = new Rouge(RougeOptions.parse("-n 1")).newEvaluation().result();
    assertScore(r.get("ROUGE-L").average(), 0, 0, 0);
    assertThat(r.topics()).isZero();
  }
}

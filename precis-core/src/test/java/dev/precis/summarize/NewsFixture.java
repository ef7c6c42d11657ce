package dev.precis.summarize;

import dev.precis.similar.SentenceVectors;
import dev.precis.text.AnalyzedCluster;
import dev.precis.text.Article;
import dev.precis.text.TextPipeline;
import java.util.List;

/**
 * Four short wire stories on one invented event, the failure of a dam above the town of Marlowe,
 * written so that the summarizers' properties can be checked on real text:
 *
 * <ul>
 *   <li>every article opens with the collapse, in its own words ({@link #REPEATED});
 *   <li>one sentence is off-topic ({@link #OFF_TOPIC});
 *   <li>the fourth article's last sentence rewords the first article's lead ({@link
 *       #NEAR_DUPLICATE}), as wire copy does: the two are redundant;
 *   <li>some sentences are not candidates: too short, cut off mid-sentence, starting in lower
 *       case, or too long.
 * </ul>
 */
final class NewsFixture {
  private NewsFixture() {}

  static final String OFF_TOPIC =
      "The city's football club announced on Wednesday that it had hired a new coach for next season.";

  static final String NEAR_DUPLICATE = "A wall of water flooded hundreds of homes in Marlowe";

  /** Opening words of the four reports of the collapse. */
  static final List<String> REPEATED = List.of(
      "The Tessel dam above Marlowe collapsed",
      "The old Tessel dam collapsed",
      "Marlowe's Tessel dam collapsed",
      "The Tessel dam upstream of Marlowe collapsed");

  static final List<Article> ARTICLES = List.of(
      Article.of("wire-1", """
          The Tessel dam above Marlowe collapsed late on Tuesday, sending a wall of water into the town and flooding hundreds of homes.
          Rescue crews pulled at least forty residents from rooftops overnight, the regional fire service said.
          Dam collapse floods Marlowe.
          Engineers had warned last spring that the dam's concrete spillway was badly cracked and needed urgent repair.
          The mayor of Marlowe, Ilse Brandt, declared a state of emergency and opened the school gym as a shelter.
          """),
      Article.of("wire-2", """
          The old Tessel dam collapsed on Tuesday night and flood water poured into Marlowe, officials said.
          Two people died and eleven were missing on Wednesday as the water began to recede from the town's lower streets.
          Army helicopters joined the rescue crews searching flooded homes along the river.
          The city's football club announced on Wednesday that it had hired a new coach for next season.
          The water company that runs the dam said it would cooperate fully with any inquiry
          """),
      Article.of("wire-3", """
          Marlowe's Tessel dam collapsed after days of heavy rain, flooding the town and cutting its only bridge.
          The regional government promised money to rebuild the bridge and help families whose homes were flooded.
          Inspectors had found cracks in the dam's spillway last spring, according to a report seen by reporters.
          but repairs were postponed until the summer because of a dispute over who would pay for them.
          """),
      Article.of("wire-4", """
          The Tessel dam upstream of Marlowe collapsed on Tuesday, and the flood killed two people in the town.
          Residents returning on Thursday found mud up to the windows of their homes and the main bridge gone, and many of them said that nobody had warned them that the dam was in danger even though engineers and inspectors had reported cracks in the spillway a year earlier and the regional government had been told about them more than once.
          The mayor said the town would need months to recover and asked the government for emergency money.
          A wall of water flooded hundreds of homes in Marlowe when the Tessel dam above the town collapsed late on Tuesday.
          """));

  /**
   * Two short reports of one flood in which the second article's sentence rewords the first
   * article's opening (sentence 2 says what sentence 0 says, in other words); sentence 1 is a
   * different fact.
   */
  static final List<Article> REWORDED = List.of(
      Article.of("a", "Emergency crews used boats to reach families trapped in the low-lying "
          + "Millside district, where the water stood more than a metre deep in some streets. "
          + "The regional weather office warned that another 40 millimetres of rain could fall."),
      Article.of("b", "Rescue teams in boats reached families stranded in Millside, the district "
          + "closest to the river, where floodwater was more than a metre deep."));

  static AnalyzedCluster cluster() {
    return TextPipeline.english().analyze(ARTICLES);
  }

  static AnalyzedCluster cluster(List<Article> articles) {
    return TextPipeline.english().analyze(articles);
  }

  /** Candidates with the options the pipeline uses by default. */
  static Candidates candidates(AnalyzedCluster cluster, Budget budget) {
    SummaryOptions o = SummaryOptions.defaults();
    return new Candidates(cluster, new SentenceVectors(cluster), budget, o.minWords(),
        o.maxWords(), o.maxCandidates(), o.redundancy());
  }

  /** Whether a sentence is one of the fixture's reports of the collapse. */
  static boolean reportsTheCollapse(String text) {
    return text.startsWith(NEAR_DUPLICATE) || REPEATED.stream().anyMatch(text::startsWith);
  }

  /** Index of the cluster sentence that starts with {@code prefix}. */
  static int sentenceStarting(AnalyzedCluster cluster, String prefix) {
    return cluster.sentences().stream().filter(s -> s.text().startsWith(prefix))
        .mapToInt(s -> s.index()).findFirst()
        .orElseThrow(() -> new AssertionError("no sentence starts with " + prefix));
  }
}

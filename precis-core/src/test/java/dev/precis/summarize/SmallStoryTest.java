package dev.precis.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.text.AnalyzedCluster;
import dev.precis.text.Article;
import dev.precis.text.Sentence;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The small-story rule of {@code ilp} (README "Small stories"): in a story of 2 or 3 articles (after
 * copies are merged), an article of at least 150 words that the optimum leaves out contributes its
 * opening. The fixture is an invented derailment: a wire story, a second wire story telling the
 * same facts in its own words (alike, but not a copy), a local paper's feature on what it means
 * for the town, which opens with a lede of short lines, and a business story. Concept coverage
 * alone leaves the feature out: its first sentence a summary may quote comes after the lede, where
 * concepts earn no opening weight.
 */
class SmallStoryTest {
  private static final Budget BUDGET = Budget.words(100);

  static final Article WIRE = Article.of("wire", """
      A freight train carrying diesel fuel derailed outside the town of Hallam early on Monday, spilling fuel into the River Senn and closing the main rail line to the coast.
      Eleven of the train's twenty tank wagons left the track on a curve near the Senn bridge, the national rail operator said in a statement.
      Nobody was hurt, but firefighters evacuated about two hundred residents from homes near the line as a precaution.
      The environment agency said the spilled diesel had spread several kilometres downstream and warned farmers not to let livestock drink from the river.
      Crews laid floating barriers across the river on Monday afternoon to stop the fuel slick from reaching the drinking water intake at Marsby.
      The rail operator said the line to the coast would stay closed for at least a week while the wagons were lifted and the track was repaired.
      Investigators from the rail accident board arrived at the site on Monday and said they would examine the track, the wagons and the train's speed.
      The same curve was the scene of a smaller derailment in 2019, when two empty wagons left the track.
      """);

  static final Article SECOND_WIRE = Article.of("second-wire", """
      A freight train carrying diesel derailed near Hallam on Monday, and fuel from its tank wagons spilled into the River Senn, officials said.
      The national rail operator said eleven tank wagons left the track near the Senn bridge and the main rail line to the coast was closed.
      Firefighters evacuated about two hundred residents as a precaution, and nobody was hurt.
      Hallam, a market town of about nine thousand people, lies on the only railway between the capital and the coast.
      People living beside the line said they heard a loud bang shortly before five in the morning and smelled diesel soon afterwards.
      The train had left the Grenmouth refinery late on Sunday night and was due at the port of Edry by breakfast.
      The environment agency warned farmers downstream not to let livestock drink from the river.
      The rail accident board sent investigators to examine the track and the speed of the train.
      """);

  /** A feature's lede of short lines, none of them a sentence a summary may quote. */
  private static final String LEDE = """
      The river smells of diesel. The swans have gone. The boats stay tied up.
      """;

  /** The local paper's opening: its first sentence a summary may quote. */
  static final String LOCAL_OPENING = "Hallam's commuters face at least a week of replacement buses "
      + "after Monday's derailment shut the coast line, and the businesses along the river fear "
      + "that the diesel spill will keep visitors away for the rest of the summer season.";

  private static final String LOCAL_NEXT = """

      The bus company Senn Valley Coaches, which has run the town's school routes for forty years, said on Tuesday that it would add extra services between Hallam and Port Edry, the first station beyond the closed section of the line.
      Journeys that used to take twenty minutes by train will take closer to an hour by road, the company warned, and passengers travelling with bicycles, prams or heavy luggage should expect to wait for a second bus at the busiest times of the morning and the evening.
      """;

  static final Article LOCAL = Article.of("local", LEDE + LOCAL_OPENING + LOCAL_NEXT + """
      At the boat hire yard below the old mill, owner Petra Lund said that every booking for the Easter holidays had been cancelled by Tuesday morning and that she did not expect the phone to ring again before June.
      Anglers' clubs have called off this month's competitions, and the council has put up signs along the towpath telling swimmers and dog walkers to keep out of the water until further notice.
      Shopkeepers in the market square said the town had only just recovered from the floods of two winters ago, when the high street was closed for a month and several cafes never reopened.
      The council's leader, Tomas Varga, said he would ask the rail operator to pay for the lost trade and to explain why the curve had not been made safer after the derailment there in 2019.
      A public meeting will be held in the town hall on Thursday evening.
      """);

  /** The local piece cut after its opening and two more sentences: under 150 words. */
  static final Article LOCAL_BRIEF = Article.of("local", LEDE + LOCAL_OPENING + LOCAL_NEXT);

  static final Article BUSINESS = Article.of("business", """
      Shares in the freight operator Senn Rail fell six percent on Tuesday after one of its diesel trains derailed near Hallam and spilled fuel into a river.
      Analysts said the company could face a large fine and the cost of the clean-up, which the environment agency expects to last until the autumn.
      The operator's chief executive apologised to the people of Hallam and promised to pay for the damage.
      """);

  /** {@code ilp}'s concept coverage without the rule: what the solver chooses on its own. */
  private static Summarizer plain() {
    return new ConceptCoverageSummarizer(0, 2.0, 3, 0.0, 80, 2_000_000);
  }

  private static Selection select(Summarizer method, AnalyzedCluster cluster) {
    return method.select(NewsFixture.candidates(cluster, BUDGET), BUDGET);
  }

  private static Summary summarize(List<Article> articles) {
    return new SummaryPipeline(SummaryOptions.defaults().withBudget(BUDGET)).summarize(articles);
  }

  private static Set<String> articlesOf(Selection selection, AnalyzedCluster cluster) {
    Set<String> ids = new TreeSet<>();
    for (int s : selection.sentences()) {
      ids.add(cluster.sentences().get(s).articleId());
    }
    return ids;
  }

  private static int words(AnalyzedCluster cluster, String article) {
    return cluster.sentences().stream().filter(s -> s.articleId().equals(article))
        .mapToInt(Sentence::wordCount).sum();
  }

  private static int words(Selection selection, AnalyzedCluster cluster) {
    return selection.sentences().stream().mapToInt(s -> cluster.sentences().get(s).wordCount())
        .sum();
  }

  @Test
  void aLongArticleTheOptimumLeavesOutContributesItsOpening() {
    AnalyzedCluster cluster = NewsFixture.cluster(List.of(WIRE, LOCAL));
    assertThat(words(cluster, "local")).isGreaterThanOrEqualTo(150);
    // the fixture's point: on its own the solver quotes the wire story only
    assertThat(articlesOf(select(plain(), cluster), cluster)).containsExactly("wire");

    Selection ilp = select(Summarizers.create("ilp"), cluster);
    assertThat(articlesOf(ilp, cluster)).containsExactly("local", "wire");
    assertThat(ilp.sentences()).anySatisfy(
        s -> assertThat(cluster.sentences().get(s).text()).isEqualTo(LOCAL_OPENING));
    assertThat(ilp.details().get("smallStoryOpenings")).isEqualTo(List.of("local"));
    assertThat(words(ilp, cluster)).isLessThanOrEqualTo(100);
    // what the opening displaces is chosen by the solver, and the same every time
    assertThat(select(Summarizers.create("ilp"), cluster).sentences())
        .isEqualTo(ilp.sentences());
  }

  @Test
  void theSummaryOfTheStoryQuotesBothArticlesAndStatesTheRule() {
    Summary summary = summarize(List.of(WIRE, LOCAL));
    assertThat(summary.sentences()).anySatisfy(s -> {
      assertThat(s.text()).isEqualTo(LOCAL_OPENING);
      assertThat(s.sources()).containsExactly("local");
    });
    assertThat(summary.sentences()).anySatisfy(s -> assertThat(s.articleId()).isEqualTo("wire"));
    assertThat(summary.details().get("smallStoryOpenings")).isEqualTo(List.of("local"));
    assertThat(summary.parameters()).containsEntry("smallStoryArticles", "2-3")
        .containsEntry("smallStoryMinWords", 150);
  }

  @Test
  void inAStoryOfThreeEachArticleIsQuoted() {
    AnalyzedCluster cluster = NewsFixture.cluster(List.of(WIRE, LOCAL, BUSINESS));
    assertThat(articlesOf(select(plain(), cluster), cluster)).containsExactly("business", "wire");
    Selection ilp = select(Summarizers.create("ilp"), cluster);
    assertThat(articlesOf(ilp, cluster)).containsExactly("business", "local", "wire");
    assertThat(ilp.details().get("smallStoryOpenings")).isEqualTo(List.of("local"));
    assertThat(words(ilp, cluster)).isLessThanOrEqualTo(100);
  }

  @Test
  void anArticleASentenceOfTheSummarySpeaksForIsNotLeftOut() {
    // the two wire stories tell the same facts in their own words: the summary quotes one and
    // credits both, so the second, though over 150 words, is heard and its opening not forced in
    AnalyzedCluster cluster = NewsFixture.cluster(List.of(WIRE, SECOND_WIRE));
    assertThat(words(cluster, "second-wire")).isGreaterThanOrEqualTo(150);
    Selection plain = select(plain(), cluster);
    assertThat(articlesOf(plain, cluster)).containsExactly("wire");
    Selection ilp = select(Summarizers.create("ilp"), cluster);
    assertThat(ilp.sentences()).isEqualTo(plain.sentences());
    assertThat(ilp.details().get("smallStoryOpenings")).isEqualTo(List.of());

    Summary summary = summarize(List.of(WIRE, SECOND_WIRE));
    assertThat(summary.notes()).noneMatch(n -> n.contains("cop")); // alike, but not copies
    assertThat(summary.sentences()).anySatisfy(
        s -> assertThat(s.sources()).contains("wire", "second-wire"));
  }

  @Test
  void anArticleUnder150WordsIsNotForcedIn() {
    AnalyzedCluster cluster = NewsFixture.cluster(List.of(WIRE, LOCAL_BRIEF));
    assertThat(words(cluster, "local")).isLessThan(150);
    Selection plain = select(plain(), cluster);
    assertThat(articlesOf(plain, cluster)).containsExactly("wire");

    Selection ilp = select(Summarizers.create("ilp"), cluster);
    assertThat(ilp.sentences()).isEqualTo(plain.sentences());
    assertThat(ilp.details().get("smallStoryOpenings")).isEqualTo(List.of());
  }

  @Test
  void aStoryOfFourArticlesIsLeftToTheSolver() {
    List<Article> four = List.of(WIRE, LOCAL, SECOND_WIRE, BUSINESS);
    AnalyzedCluster cluster = NewsFixture.cluster(four);
    Selection plain = select(plain(), cluster);
    // the local piece is left out, and stays out: the rule is for small stories only
    assertThat(articlesOf(plain, cluster)).doesNotContain("local");

    Selection ilp = select(Summarizers.create("ilp"), cluster);
    assertThat(ilp.sentences()).isEqualTo(plain.sentences());
    assertThat(ilp.details()).doesNotContainKey("smallStoryOpenings");
    assertThat(ilp.details().get("objective")).isEqualTo(plain.details().get("objective"));

    Summary summary = summarize(four);
    assertThat(summary.notes()).noneMatch(n -> n.contains("cop")); // four articles, no copies
    assertThat(summary.sentences()).noneMatch(s -> s.sources().contains("local"));
    assertThat(summary.details()).doesNotContainKey("smallStoryOpenings");
  }
}

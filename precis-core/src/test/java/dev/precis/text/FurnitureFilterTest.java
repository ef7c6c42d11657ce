package dev.precis.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.PrecisException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FurnitureFilterTest {
  @TempDir Path dir;

  static String page() throws IOException {
    return page("furniture-page.txt");
  }

  /** A page of ours in this package's test resources. */
  private static String page(String name) throws IOException {
    try (InputStream in = FurnitureFilterTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The sentences a summary may quote of one page read with the furniture stage. */
  private static List<String> quotable(String name) throws IOException {
    AnalyzedCluster cluster = new TextPipeline(Language.ENGLISH, false, false,
        new FurnitureFilter(FurnitureModel.standard()))
        .analyze(List.of(Article.of(name, page(name))));
    return cluster.sentences().stream().filter(Sentence::quotable).map(Sentence::text).toList();
  }

  private static List<String> texts(AnalyzedCluster cluster) {
    return cluster.sentences().stream().map(Sentence::text).toList();
  }

  @Test
  void dropsCaptionsCreditsTeasersAndEmbedsButKeepsTheStory() throws IOException {
    Article article = Article.of("ferry", page());
    TextPipeline with = new TextPipeline(Language.ENGLISH, false, false,
        new FurnitureFilter(FurnitureModel.standard()));
    AnalyzedCluster cluster = with.analyze(List.of(article));
    // the gallery caption, under the threshold, stays for what it says, unquotable
    assertThat(cluster.sentences()).filteredOn(s -> !s.quotable()).extracting(Sentence::text)
        .containsExactly("Hide Caption 3 of 12 Photos: Lindholm ferry strike Passengers wait at "
            + "the ferry terminal in Port Selby.");
    assertThat(texts(cluster)).containsExactly(
        "Thousands of travellers were stranded on Lindholm island on Friday after crews of the "
            + "Selby Ferry Company walked out over a new rota that would lengthen their shifts to "
            + "fourteen hours.",
        "The company cancelled all 38 crossings scheduled for the day, and said it could not say "
            + "when the service would resume.",
        "Hide Caption 3 of 12 Photos: Lindholm ferry strike Passengers wait at the ferry terminal "
            + "in Port Selby.",
        "\"We have no quarrel with our passengers, but fourteen hours on a bridge is not safe,\" "
            + "said Ada Brennan, who speaks for the crews' union.",
        "The island's council opened two school halls to travellers who could not find a room "
            + "for the night.",
        "Regional minister Tomas Hale said he would meet both sides on Monday and urged them to "
            + "settle before the summer season.",
        "The dispute began in April, when the company told crews that it would cut one of its "
            + "three shifts to save money on fuel and wages.");
  }

  @Test
  void theFirstSentenceKeptIsTheFirstTheStageDoesNotDrop() {
    TextPipeline pipeline = TextPipeline.english();
    FurnitureFilter filter = new FurnitureFilter(FurnitureModel.standard());
    String caption = "Hide Caption 3 of 12 Photos: Lindholm ferry strike Passengers wait at the "
        + "ferry terminal in Port Selby.\n(Marta Kessel)\n";
    List<PageSentence> page = pipeline.pageSentences(Article.of("ferry", caption
        + "Thousands of travellers were stranded on Lindholm island on Friday after crews of the "
        + "Selby Ferry Company walked out over a new rota.\nThe company cancelled all 38 "
        + "crossings scheduled for the day."));
    assertThat(filter.furniture(page)).containsExactly(true, true, false, false);
    assertThat(filter.firstKept(page)).isEqualTo(2);
    // a page of furniture only has nothing to quote, and a page of what the stage drops no first
    // sentence
    List<PageSentence> furniture = pipeline.pageSentences(Article.of("furniture",
        "MUST WATCH Strike leaves Lindholm cut off 02:31\n"
            + "Island hotels fill up as the strike drags on...\n(Marta Kessel)\n"));
    assertThat(filter.notQuoted(furniture)).containsOnly(true);
    List<PageSentence> credits = pipeline.pageSentences(Article.of("credits",
        "Island hotels fill up as the strike drags on...\n(Marta Kessel)\n"));
    assertThat(filter.firstKept(credits)).isEqualTo(-1);
    // after a video teaser the gallery caption scores lower than opening a page, under the
    // threshold: it is kept, but doubted, so no summary quotes it
    List<PageSentence> captions = pipeline.pageSentences(Article.of("captions",
        "MUST WATCH Strike leaves Lindholm cut off 02:31\n" + caption));
    assertThat(filter.furniture(captions)[1]).isFalse();
    assertThat(filter.notQuoted(captions)).containsOnly(true);
    assertThat(filter.firstKept(List.of())).isEqualTo(-1);
  }

  @Test
  void anUntitledPageIsNamedByItsFirstQuotableSentenceAndADoubtedOneOnlyWhenNoneIs() {
    // a model that doubts a sentence with two photo words (p 0.73 under a threshold of 0.9) and
    // keeps one without
    FurnitureFilter filter = new FurnitureFilter(new FurnitureModel(List.of("photo_words"),
        List.of(3.0), -2, 0.9, "test"));
    List<PageSentence> page = List.of(
        new PageSentence("Photo gallery: the strike in pictures.", 0),
        new PageSentence("Ferry crews walked out on Friday over a new rota.", 1));
    assertThat(filter.notQuoted(page)).containsExactly(true, false);
    assertThat(filter.furniture(page)).containsExactly(false, false);
    assertThat(filter.firstKept(page)).isEqualTo(1);
    assertThat(filter.firstKept(page.subList(0, 1))).isZero();
  }

  @Test
  void aSentenceTheModelDoubtsStaysForWhatItSaysButIsNotQuotable() throws IOException {
    String page = page("furniture-doubt-page.txt");
    AnalyzedCluster cluster = new TextPipeline(Language.ENGLISH, false, false,
        new FurnitureFilter(FurnitureModel.standard())).analyze(List.of(Article.of("ferry", page)));
    // captions without a photographer's cue the model puts between even odds and its threshold:
    // what they say stays, but no summary should put them before a
    // reader
    assertThat(cluster.sentences()).filteredOn(s -> !s.quotable()).extracting(Sentence::text)
        .containsExactly(
            "Union members Ada Brennan and Piet Morr, from left, stand outside the company's "
                + "offices in Port Selby.",
            "A Selby Ferry Company vessel is shown in the background at Port Selby.");
    assertThat(texts(cluster)).hasSize(10).doesNotContain("(Marta Kessel)")
        .contains("Passengers wait at the ferry terminal in this photo taken in Port Selby.");
    // without the stage nothing is doubted
    assertThat(new TextPipeline(Language.ENGLISH, false, false)
        .analyze(List.of(Article.of("ferry", page))).sentences())
        .allMatch(Sentence::quotable);
  }

  @Test
  void correctionUpdateAndContactLinesAndStandingNoticesAreNotQuoted() throws IOException {
    List<String> quotable = quotable("furniture-notices-page.txt");
    // pages around a story: the agency's copyright notice, a closed comment thread, a correction,
    // an update note, a tip line; none says anything of the flood
    assertThat(quotable).noneMatch(t -> t.contains("may not be published"))
        .noneMatch(t -> t.startsWith("Comments are closed"))
        .noneMatch(t -> t.startsWith("Correction:"))
        .noneMatch(t -> t.startsWith("This story has been updated"))
        .noneMatch(t -> t.startsWith("Email us at"))
        .noneMatch(t -> t.startsWith("Have a news tip"))
        .noneMatch(t -> t.startsWith("This is a developing story"));
    // while the story stays, its quote and its figures
    assertThat(quotable).contains("The Red Cross opened two shelters at schools on the edge of "
        + "town.", "More than 200 homes were damaged, and the main road to the coast was closed.")
        .anyMatch(t -> t.startsWith("\"We have never seen water this high,\""));
  }

  @Test
  void republicationLinesAndPleasForSupportAreNotQuoted() throws IOException {
    List<String> quotable = quotable("furniture-credits-page.txt");
    assertThat(quotable).noneMatch(t -> t.startsWith("Continue reading"))
        .noneMatch(t -> t.startsWith("This article originally appeared"))
        .noneMatch(t -> t.startsWith("Thank you for reading"))
        .noneMatch(t -> t.contains("supporting our journalism"))
        .noneMatch(t -> t.startsWith("Leave a comment"))
        .noneMatch(t -> t.contains("contributed"))
        .noneMatch(t -> t.startsWith("Follow Jane Roe"));
    assertThat(quotable).contains("Turnout was 61 percent, the highest in a local vote since "
        + "2004, according to the election commission.");
  }

  @Test
  void anIndexOfOtherStoriesOpeningsIsNoStory() {
    FurnitureFilter filter = new FurnitureFilter(FurnitureModel.standard());
    List<PageSentence> index = List.of(
        new PageSentence("Ferry Strike Enters Third Day The crews of the Selby Ferry Company "
            + "stayed out on Sunday.", 0),
        new PageSentence("Talks with the company are due to resume on...", 0),
        new PageSentence("Island Hotels Full Lindholm's hotels had no rooms left on Saturday "
            + "night.", 1),
        new PageSentence("The council opened two school halls for...", 1),
        new PageSentence("Fares To Rise The company said its fares would rise by 12 per cent.", 2),
        new PageSentence("Passengers' groups said the rise was...", 2),
        new PageSentence("Minister To Meet Both Sides Tomas Hale will meet the union on "
            + "Monday.", 3));
    // three of four paragraphs end cut off: each is a headline and the opening of another page
    assertThat(filter.furniture(index)).containsOnly(true);
    assertThat(filter.firstKept(index)).isEqualTo(-1);
    Article indexPage = Article.of("index", String.join("\n\n", List.of(
        index.get(0).text() + " " + index.get(1).text(),
        index.get(2).text() + " " + index.get(3).text(),
        index.get(4).text() + " " + index.get(5).text(),
        index.get(6).text())));
    Article report = Article.of("report", "Thousands of travellers were stranded on Lindholm "
        + "island on Friday after crews of the Selby Ferry Company walked out over a new rota.");
    assertThat(new TextPipeline(Language.ENGLISH, false, false, filter)
        .analyze(List.of(report, indexPage)).sentences()).extracting(Sentence::articleId)
        .containsOnly("report");
    // a story whose paragraphs end in a teaser or two keeps its sentences
    List<PageSentence> story = List.of(
        new PageSentence("Thousands of travellers were stranded on Lindholm island on Friday "
            + "after crews of the Selby Ferry Company walked out over a new rota.", 0),
        new PageSentence("Island hotels fill up as the strike drags on...", 1),
        new PageSentence("The company cancelled all 38 crossings scheduled for the day.", 2),
        new PageSentence("Regional minister Tomas Hale said he would meet both sides on "
            + "Monday.", 3),
        new PageSentence("Selby ferry fares to rise by 12 per cent next year...", 4));
    assertThat(filter.furniture(story)).containsExactly(false, true, false, false, true);
    // an interview whose answers trail off in quotes is still a story
    List<PageSentence> interview = List.of(
        new PageSentence("Ada Brennan has led the ferry crews' union for six years.", 0),
        new PageSentence("\"We warned them in April, and again in May...\"", 1),
        new PageSentence("She says the company never answered the union's letters.", 2),
        new PageSentence("\"If they had only listened...\"", 3),
        new PageSentence("The company says it answered every letter within a week.", 4),
        new PageSentence("\"Fourteen hours on a bridge is not safe, and they know it...\"", 5));
    assertThat(filter.furniture(interview)[0]).isFalse();
    assertThat(filter.furniture(interview)[2]).isFalse();
    assertThat(filter.firstKept(interview)).isZero();
  }

  @Test
  void aPromotionThatTellsTheReaderWhatToDoIsNotQuoted() {
    String page = "Thousands of travellers were stranded on Lindholm island on Friday after crews "
        + "of the Selby Ferry Company walked out over a new rota.\n"
        + "Meet the crew members who kept the last ferry running through the night.\n"
        + "Regional minister Tomas Hale said he would meet both sides on Monday.\n"
        + "\"Meet us halfway,\" said Ada Brennan, who speaks for the crews.\n"
        + "Check out how the island coped with its first day cut off from the mainland.\n";
    List<PageSentence> sentences = TextPipeline.english().pageSentences(Article.of("ferry", page));
    int imperative = FurnitureFeatures.NAMES.indexOf("imperative_opening");
    // a bare verb opens the promotions; the minister's "meet" and the quoted one are the story's
    assertThat(Arrays.stream(FurnitureFeatures.of(sentences)).map(row -> row[imperative]))
        .containsExactly(0.0, 1.0, 0.0, 0.0, 1.0);
    // verbs that are as often nouns count only before a particle or an object
    List<PageSentence> nouns = List.of(
        new PageSentence("Shop owners in Port Selby lost half their trade in the first week.", 0),
        new PageSentence("Order was restored on the quay by Saturday evening.", 1),
        new PageSentence("Watch sales in the island's shops fell too.", 2),
        new PageSentence("Watch the video of the first ferry back in Port Selby.", 3),
        new PageSentence("Sign up for our strike updates.", 4));
    assertThat(Arrays.stream(FurnitureFeatures.of(nouns)).map(row -> row[imperative]))
        .containsExactly(0.0, 0.0, 0.0, 1.0, 1.0);
    AnalyzedCluster cluster = new TextPipeline(Language.ENGLISH, false, false,
        new FurnitureFilter(FurnitureModel.standard())).analyze(List.of(Article.of("ferry", page)));
    assertThat(cluster.sentences()).filteredOn(s -> !s.quotable()).extracting(Sentence::text)
        .containsExactly(
            "Meet the crew members who kept the last ferry running through the night.",
            "Check out how the island coped with its first day cut off from the mainland.");
  }

  @Test
  void withoutTheStageTheFurnitureStaysAndPositionsCountIt() throws IOException {
    Article article = Article.of("ferry", page());
    List<String> all = texts(new TextPipeline(Language.ENGLISH, false, false)
        .analyze(List.of(article)));
    assertThat(all).contains("Associated Press writer Jonas Ebbe in Port Selby contributed to "
        + "this report.", "Island hotels fill up as the strike drags on...", "(Marta Kessel)");
    AnalyzedCluster filtered = new TextPipeline(Language.ENGLISH, false, false,
        new FurnitureFilter(FurnitureModel.standard())).analyze(List.of(article));
    // positions are counted among the sentences kept: the lead method reads them
    for (int i = 0; i < filtered.sentences().size(); i++) {
      assertThat(filtered.sentences().get(i).position()).isEqualTo(i);
    }
    assertThat(filtered.sentences()).hasSizeLessThan(all.size());
  }

  @Test
  void aStoreCanKeepThePageWithoutItsFurniture() throws IOException {
    Article article = new Article("ferry", "Ferry strike", "2024-05-10", null, "Selby Gazette",
        null, page());
    TextPipeline with = new TextPipeline(Language.ENGLISH, false, false,
        new FurnitureFilter(FurnitureModel.standard()));
    Article clean = with.withoutFurniture(article);
    assertThat(clean.title()).isEqualTo("Ferry strike");
    assertThat(clean.source()).isEqualTo("Selby Gazette");
    assertThat(clean.text()).contains("Thousands of travellers were stranded")
        .contains("The dispute began in April").doesNotContain("contributed to this report")
        .doesNotContain("Follow Marta").doesNotContain("drags on...").doesNotContain("\n\n");
    // what is stored reads the same as the page did, less the furniture, and is clean already
    assertThat(texts(with.analyze(List.of(clean))))
        .isEqualTo(texts(with.analyze(List.of(article))));
    assertThat(with.withoutFurniture(clean)).isEqualTo(clean);
    assertThat(new TextPipeline(Language.ENGLISH, false, false).withoutFurniture(article))
        .isSameAs(article);
  }

  @Test
  void aTeaserEndingInAnEllipsisIsNeverKept() {
    FurnitureFilter filter = new FurnitureFilter(FurnitureModel.standard());
    List<PageSentence> page = List.of(
        new PageSentence("The council approved the harbour budget on Tuesday after a long debate "
            + "about the cost of dredging the channel.", 0),
        new PageSentence("The mayor, who had opposed the plan for a year, said the vote would "
            + "let work begin before the winter storms…", 1),
        new PageSentence("Dredging will start in October and last about six weeks, the harbour "
            + "master said on Wednesday ...\u201d", 2),
        new PageSentence("\u2026.Our dockers have had enough of the new rota and they are "
            + "starting to push back\u2026.", 3));
    assertThat(filter.furniture(page)).as("an ellipsis before a full stop cuts off too")
        .containsExactly(false, true, true, true);
  }

  @Test
  void anEmbeddedPostGoesAndAStorySentenceNamingAHandleStays() {
    FurnitureFilter filter = new FurnitureFilter(FurnitureModel.standard());
    List<PageSentence> page = List.of(
        new PageSentence("The harbour authority closed the north pier on Saturday after storm "
            + "waves cracked its concrete deck, officials said.", 0),
        new PageSentence("Mayor Ines Varga, who posts as @InesVarga, told residents on Twitter "
            + "that the pier would stay shut until engineers had inspected it.", 1),
        new PageSentence("Stay away from the north pier tonight.", 2),
        new PageSentence("The waves are not a show.", 2),
        new PageSentence("#PortSelby pic.twitter.com/x1Lm3pQz9k", 2),
        new PageSentence("\u2014 Ines Varga (@InesVarga) March 3, 2024", 2),
        new PageSentence("The city's account, @PortSelbyCity, posted a map of the closed streets "
            + "on Sunday morning, and ferries were moved to the south quay.", 3),
        new PageSentence("Repairs are expected to cost about 2 million euros, the authority said "
            + "on Monday.", 4));
    assertThat(filter.furniture(page))
        .containsExactly(false, false, true, true, true, true, false, false);
  }

  @Test
  void aSkipPostLineGoesWithThePostItOpens() {
    FurnitureFilter filter = new FurnitureFilter(FurnitureModel.standard());
    List<PageSentence> page = List.of(
        new PageSentence("The ferry union voted on Thursday to end the strike, and crossings to "
            + "Lindholm resumed on Friday morning, the company said.", 0),
        new PageSentence("Messages of relief came from islanders and from politicians across "
            + "the region.", 1),
        new PageSentence("Skip Twitter post by @LindholmNews The first ferry of the week just "
            + "pulled in.", 2),
        new PageSentence("Cheers on the quay.", 2),
        new PageSentence("\u2014 Lindholm News (@LindholmNews) May 17, 2024 Report", 3),
        new PageSentence("The company said it would publish a new rota next month after talks "
            + "with the union.", 4));
    assertThat(filter.notQuoted(page)).containsExactly(false, false, true, true, true, false);
  }

  @Test
  void aPageOfNothingButFurnitureGivesTheStoryNothingUnlessNoPageHasAStoryLeft()
      throws IOException {
    FurnitureFilter filter = new FurnitureFilter(FurnitureModel.standard());
    TextPipeline with = new TextPipeline(Language.ENGLISH, false, false, filter);
    // what an archive or a dead site serves in place of the article
    Article dead = Article.of("dead", "The IP address has changed.\n"
        + "It may take 8-24 hours for DNS changes to propagate.\n"
        + "It may be possible to restore access to this site by following these instructions "
        + "for clearing your dns cache.\n"
        + "Island hotels fill up as the strike drags on...");
    List<PageSentence> page = with.pageSentences(dead);
    assertThat(filter.furniture(page)).containsOnly(true);
    assertThat(FurnitureFilter.teasers(page)).containsExactly(false, false, false, true);

    // beside a page that tells the story, the dead page gives no sentence
    Article story = Article.of("ferry", page());
    assertThat(texts(with.analyze(List.of(dead, story))))
        .isEqualTo(texts(with.analyze(List.of(story))));
    assertThat(with.analyze(List.of(dead, story)).sentences())
        .allSatisfy(s -> assertThat(s.articleIndex()).isEqualTo(1));

    // alone (or with pages as empty), it is not what the model learned from: all but its teaser
    List<String> alone = texts(with.analyze(List.of(dead)));
    assertThat(alone).hasSize(3).first().isEqualTo("The IP address has changed.");
    Article links = Article.of("links", "Follow Marta on Twitter.\n"
        + "MUST WATCH Strike leaves Lindholm cut off 02:31");
    assertThat(texts(with.analyze(List.of(dead, links)))).hasSize(5);
    // and a store keeps it as it would read alone
    assertThat(with.withoutFurniture(dead).text()).doesNotContain("drags on")
        .contains("The IP address has changed.");
  }

  @Test
  void otherLanguagesPassThrough() {
    Article article = Article.of("fr", """
        Le conseil a approuvé le budget du port mardi.
        Île de Lindholm : les passagers attendent au terminal...
        """);
    TextPipeline french = new TextPipeline(Language.FRENCH, false, false,
        new FurnitureFilter(FurnitureModel.standard()));
    assertThat(french.analyze(List.of(article)).sentences()).hasSize(2);
  }

  @Test
  void theSamePageGivesTheSameFeaturesAndDecisions() throws IOException {
    TextPipeline pipeline = new TextPipeline(Language.ENGLISH, false, false);
    List<PageSentence> page = pipeline.pageSentences(Article.of("ferry", page()));
    double[][] a = FurnitureFeatures.of(page);
    double[][] b = FurnitureFeatures.of(new ArrayList<>(page));
    assertThat(a).isDeepEqualTo(b);
    assertThat(a[0]).hasSize(FurnitureFeatures.NAMES.size());
    FurnitureFilter filter = new FurnitureFilter(FurnitureModel.standard());
    assertThat(filter.furniture(page)).containsExactly(filter.furniture(page));
  }

  @Test
  void featuresReadTheSentenceAndItsPlace() {
    List<PageSentence> page = List.of(
        new PageSentence("Associated Press writer Jonas Ebbe contributed to this report.", 0),
        new PageSentence("(AP Photo/Marta Kessel)", 1),
        new PageSentence("Crews walked out on Friday, the union said.", 2),
        new PageSentence("They will vote again on Monday.", 2));
    double[][] x = FurnitureFeatures.of(page);
    int creditPhrase = FurnitureFeatures.NAMES.indexOf("credit_phrase");
    int alone = FurnitureFeatures.NAMES.indexOf("alone");
    int said = FurnitureFeatures.NAMES.indexOf("said");
    int first = FurnitureFeatures.NAMES.indexOf("first");
    int parenthesis = FurnitureFeatures.NAMES.indexOf("parenthesis");
    assertThat(x[0][creditPhrase]).isEqualTo(1);
    assertThat(x[2][creditPhrase]).isZero();
    assertThat(x[1][alone]).isEqualTo(1);
    assertThat(x[2][alone]).isZero();
    assertThat(x[2][said]).isEqualTo(1);
    assertThat(x[0][first]).isEqualTo(1);
    assertThat(x[1][parenthesis]).isEqualTo(1);
  }

  @Test
  void featuresCompareWordsWhateverTheirCaseAndCountEachCueOnce() {
    List<PageSentence> page = List.of(
        new PageSentence("The ferry sailed at dawn.", 0),
        new PageSentence("THE FERRY sailed late, photo by photo desk.", 0),
        new PageSentence("``We will sail,'' said 2 captains on May 3.", 1),
        new PageSentence("PORT SELBY - crews voted again.", 2));
    double[][] x = FurnitureFeatures.of(page);
    int similarity = FurnitureFeatures.NAMES.indexOf("neighbour_similarity");
    int photo = FurnitureFeatures.NAMES.indexOf("photo_words");
    int capsOpening = FurnitureFeatures.NAMES.indexOf("caps_opening");
    int past = FurnitureFeatures.NAMES.indexOf("past_tense");
    int quote = FurnitureFeatures.NAMES.indexOf("quote");
    int digits = FurnitureFeatures.NAMES.indexOf("digits");
    int dateEnd = FurnitureFeatures.NAMES.indexOf("date_end");
    // {the, ferry, sailed} shared of {the, ferry, sailed, at, dawn, late, photo, by, desk}
    assertThat(x[0][similarity]).isCloseTo(3 / 9.0, within(1e-12));
    assertThat(x[1][similarity]).isCloseTo(3 / 9.0, within(1e-12));
    assertThat(x[2][similarity]).isZero();
    assertThat(x[1][photo]).as("one cue word, twice").isEqualTo(0.5);
    assertThat(x[0][photo]).isZero();
    assertThat(x[1][capsOpening]).isEqualTo(1);
    assertThat(x[3][capsOpening]).isEqualTo(1);
    assertThat(x[0][capsOpening]).isZero();
    assertThat(x[0][past]).isEqualTo(1);
    assertThat(x[3][past]).as("a lower-case -ed word").isEqualTo(1);
    assertThat(x[2][quote]).as("doubled back-ticks").isEqualTo(1);
    assertThat(x[0][quote]).isZero();
    assertThat(x[2][digits]).isCloseTo(2 / 35.0, within(1e-12));
    assertThat(x[2][dateEnd]).isEqualTo(1);
    assertThat(x[0][dateEnd]).isZero();
  }

  @Test
  void aPhotosDateAfterACommaOrAWeekdayWithoutOnIsOneFeature() {
    List<PageSentence> page = List.of(
        new PageSentence("Dock workers picket the gates of the port in Selby, May 2, 2024.", 0),
        new PageSentence("Ferry passengers queue at the terminal in Selby, Aug. 24, 2016", 1),
        new PageSentence("Ferry passengers queue at the terminal, Wednesday, Aug. 24, 2016.", 1),
        new PageSentence("Talks between the union and the port began on May 2, 2024.", 2),
        new PageSentence("The strike, the first since 1998, ended on Friday.", 3),
        new PageSentence("The port handled 2,024 ships, 1,200 of them in May, 2024.", 4),
        new PageSentence("Talks began on Wednesday, Aug. 24, 2016, at the port.", 5),
        new PageSentence("A police van drives out of the port in Selby Monday, May 7, 2012.", 6));
    double[][] x = FurnitureFeatures.of(page);
    int photoDate = FurnitureFeatures.NAMES.indexOf("photo_date");
    assertThat(x[0][photoDate]).isEqualTo(1);
    assertThat(x[1][photoDate]).as("without the full stop").isEqualTo(1);
    assertThat(x[2][photoDate]).as("after a weekday").isEqualTo(1);
    assertThat(x[3][photoDate]).as("a story dates its events with 'on'").isZero();
    assertThat(x[4][photoDate]).isZero();
    assertThat(x[5][photoDate]).as("a month without its day").isZero();
    assertThat(x[6][photoDate]).as("'on' before the weekday").isZero();
    assertThat(x[7][photoDate]).as("a weekday without a comma, as wire captions write it")
        .isEqualTo(1);
  }

  @Test
  void featuresSeeHandlesTagsAndPosts() {
    List<PageSentence> page = List.of(
        new PageSentence("Crews walked out on Friday, the union said.", 0),
        new PageSentence("Write to marta@selby-gazette.example with news tips.", 1),
        new PageSentence("Ferries are back, says @LindholmNews.", 2),
        new PageSentence("Cheers on the quay #PortSelby", 2),
        new PageSentence("\u2014 Lindholm News (@LindholmNews) May 17, 2024", 2),
        new PageSentence("\u2026the crews had warned of this for a year.", 3),
        new PageSentence("Ferry passengers queue at the terminal in Port Selby.", 4),
        new PageSentence("(AP Photo/Marta Kessel)", 4),
        new PageSentence("The company's statement on the strike follows.", 5),
        new PageSentence("(Selby Ferry Company)", 6));
    double[][] x = FurnitureFeatures.of(page);
    int handle = FurnitureFeatures.NAMES.indexOf("handle");
    int hashtag = FurnitureFeatures.NAMES.indexOf("hashtag");
    int signature = FurnitureFeatures.NAMES.indexOf("post_signature");
    int block = FurnitureFeatures.NAMES.indexOf("post_block");
    int openingEllipsis = FurnitureFeatures.NAMES.indexOf("opening_ellipsis");
    int nextCredit = FurnitureFeatures.NAMES.indexOf("next_credit");
    assertThat(x[1][handle]).as("an e-mail address is no handle").isZero();
    assertThat(x[2][handle]).isEqualTo(1);
    assertThat(x[3][hashtag]).isEqualTo(1);
    assertThat(x[2][hashtag]).isZero();
    assertThat(x[4][signature]).isEqualTo(1);
    assertThat(x[2][signature]).isZero();
    // the post's text shares the signature's paragraph; the story before it does not
    assertThat(x[2][block]).isEqualTo(1);
    assertThat(x[3][block]).isEqualTo(1);
    assertThat(x[1][block]).isEqualTo(0.5);
    assertThat(x[0][block]).isZero();
    assertThat(x[4][block]).isZero();
    assertThat(x[5][openingEllipsis]).isEqualTo(1);
    assertThat(x[0][openingEllipsis]).isZero();
    // a photo's credit closes its caption's paragraph; one in the next paragraph opens something
    // else as often as it credits a picture
    assertThat(x[6][nextCredit]).isEqualTo(1);
    assertThat(x[8][nextCredit]).isZero();
    assertThat(x[0][nextCredit]).isZero();
  }

  @Test
  void aModelFileRoundTripsAndABadOneGetsOneClearMessage() throws IOException {
    FurnitureModel standard = FurnitureModel.standard();
    Path file = dir.resolve("model.json");
    Files.writeString(file, standard.toJson(null));
    FurnitureModel read = FurnitureModel.read(file);
    assertThat(read.weights()).isEqualTo(standard.weights());
    assertThat(read.threshold()).isEqualTo(standard.threshold());
    assertThat(read.source()).isEqualTo("model.json");

    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"kind\": \"same-story\"}");
    assertThatThrownBy(() -> FurnitureModel.read(bad)).isInstanceOf(PrecisException.class)
        .hasMessageContaining("bad.json").hasMessageContaining("not a furniture model");
    Files.writeString(bad, "{ not json");
    assertThatThrownBy(() -> FurnitureModel.read(bad)).isInstanceOf(PrecisException.class)
        .hasMessageContaining("not a furniture model");
    Files.writeString(bad, """
        {"kind": "furniture-logistic-regression", "weights": {"colour": 1.0},
         "intercept": 0, "threshold": 0.5}""");
    assertThatThrownBy(() -> FurnitureModel.read(bad)).isInstanceOf(PrecisException.class)
        .hasMessageContaining("unknown feature 'colour'");
    Files.writeString(bad, """
        {"kind": "furniture-logistic-regression", "weights": {"weekday_date": 4.5},
         "intercept": 0, "threshold": 0.85}""");
    assertThatThrownBy(() -> FurnitureModel.read(bad)).isInstanceOf(PrecisException.class)
        .hasMessageContaining("'weekday_date', which is now part of photo_date")
        .hasMessageContaining("train it again with precis train-furniture");
    Files.writeString(bad, """
        {"kind": "furniture-logistic-regression", "weights": {"words": "many"},
         "intercept": 0, "threshold": 0.5}""");
    assertThatThrownBy(() -> FurnitureModel.read(bad)).isInstanceOf(PrecisException.class)
        .hasMessageContaining("weight 'words' is not a number");
    Files.writeString(bad, "{\"kind\": \"furniture-logistic-regression\", \"weights\": {\"words\": 1");
    assertThatThrownBy(() -> FurnitureModel.read(bad)).isInstanceOf(PrecisException.class)
        .hasMessageContaining("not a furniture model");
    assertThatThrownBy(() -> FurnitureModel.read(dir.resolve("missing.json")))
        .isInstanceOf(PrecisException.class).hasMessageContaining("no such file");
  }
}

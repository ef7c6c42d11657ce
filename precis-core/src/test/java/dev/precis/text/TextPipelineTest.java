package dev.precis.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class TextPipelineTest {
  private static final String WEB_ARTICLE = """
      Posted April 13, 2017

      MOSCOW (AP) _ U.S. Secretary of State Rex Tillerson arrived in Moscow on Tuesday for talks \
      with his Russian counterpart Sergei Lavrov.
      Share this article
      However, the Kremlin said President Vladimir Putin (who met him in 2013) had no plans to \
      see him.
      Photo: Alexander Zemlianichenko / AP
      US Secretary of State Rex Tillerson arrives at the meeting in Lucca, Italy, Monday, April 10, 2017.
      Recently in World:
      Tillerson was due to spend the night in Moscow before holding talks on Wednesday with \
      his opposite number.
      Trump's Attack on Syria Killed Four Ch""";

  @Test
  void dropsBoilerplateAndDatelineAndKeepsOffsets() {
    Article article = new Article("a", "Tillerson in Moscow", null, null, null, null, WEB_ARTICLE);
    AnalyzedCluster cluster = TextPipeline.english().analyze(List.of(article));
    List<String> texts = cluster.sentences().stream().map(Sentence::text).toList();
    assertThat(texts).containsExactly(
        "U.S. Secretary of State Rex Tillerson arrived in Moscow on Tuesday for talks with his "
            + "Russian counterpart Sergei Lavrov.",
        "The Kremlin said President Vladimir Putin had no plans to see him.",
        "Tillerson was due to spend the night in Moscow before holding talks on Wednesday with "
            + "his opposite number.",
        "Trump's Attack on Syria Killed Four Ch");
    Sentence first = cluster.sentences().get(0);
    assertThat(WEB_ARTICLE.substring(first.start(), first.end())).startsWith("U.S. Secretary")
        .endsWith("Lavrov.");
    assertThat(cluster.sentences().get(3).complete()).isFalse();
    assertThat(first.terms()).contains("u.s.", "tillerson", "moscow").doesNotContain("the", "with");
  }

  @Test
  void stripsWireDatelinesOfManyShapes() {
    assertThat(BoilerplateFilter.datelineLength("LONDON (AP) _ An influential lawmaker")).isEqualTo(14);
    assertThat(BoilerplateFilter.datelineLength("PORT CARROW (Northline) - The government"))
        .isEqualTo(26);
    assertThat(BoilerplateFilter.datelineLength("BEIJING, Oct. 12 (Xinhua) -- China said"))
        .isEqualTo(29);
    assertThat(BoilerplateFilter.datelineLength("WASHINGTON \u2014 The Senate voted")).isEqualTo(13);
    assertThat(BoilerplateFilter.datelineLength("The Senate voted on Monday - again.")).isZero();
    assertThat(BoilerplateFilter.datelineLength("NATO - the alliance - met.")).isZero();
    // the em dash of some wires touches the story's first word; a compound keeps its dash
    assertThat(BoilerplateFilter.datelineLength("PORT CARROW\u2014The ferry union voted"))
        .isEqualTo(12);
    assertThat(BoilerplateFilter.datelineLength("LINDHOLM, Norway\u2014Ferry crews walked out"))
        .isEqualTo(17);
    assertThat(BoilerplateFilter.datelineLength("U.S.\u2014China talks resumed.")).isZero();
    assertThat(BoilerplateFilter.datelineLength("UK\u2013Norway ferries stopped.")).isZero();
    // a place in title case is a dateline only before a news agency in parentheses
    assertThat(BoilerplateFilter.datelineLength("Kabul, Afghanistan (CNN) A wedding turned deadly"))
        .isEqualTo(25);
    assertThat(BoilerplateFilter.wireDatelineLength("Lindholm (Reuters) - Ferry crews walked out"))
        .isEqualTo(21);
    assertThat(BoilerplateFilter.datelineLength("Kabul, Afghanistan A wedding turned deadly"))
        .isZero();
    assertThat(BoilerplateFilter.datelineLength("Senator Ann Lee (D) Voted against it.")).isZero();
    assertThat(BoilerplateFilter.datelineLength("Lindholm (CNN) said nothing.")).isZero();
    assertThat(BoilerplateFilter.datelineLength("Washington, D.C. (CNN) The Senate voted"))
        .isEqualTo(23);
    // only CNN runs its dateline into the story without a dash
    assertThat(BoilerplateFilter.datelineLength("Lindholm (Reuters) Ferry crews walked out"))
        .isZero();
    // a head that spells its agency out defines an abbreviation
    assertThat(BoilerplateFilter.datelineLength("Cable News Network (CNN) President Ann Lee said"))
        .isZero();
    assertThat(BoilerplateFilter.datelineLength("The Associated Press (AP) - Stylebook now allows"))
        .isZero();
    assertThat(BoilerplateFilter.datelineLength("Thomson Reuters (Reuters) - Chief Executive Ann Lee"))
        .isZero();
    // where a page's extractor dropped the place, its dash stays behind
    assertThat(BoilerplateFilter.datelineLength("- A ferry ran aground off Lindholm.")).isEqualTo(2);
    assertThat(BoilerplateFilter.datelineLength("-5 degrees were forecast.")).isZero();
  }

  @Test
  void aTouchingEmDashDatelineIsCutFromTheFirstParagraphAndPlaceRegionOnesFromAny() {
    Article article = new Article("a", "Ferry strike ends", null, null, null, null,
        "PORT SELBY\u2014The ferry union voted on Thursday to end the strike.\n\n"
            + "Crews return to work on Monday, the union said.\n\n"
            + "LINDHOLM, Norway\u2014Islanders welcomed the news.\n\n"
            + "NATO\u2014The alliance was not involved.");
    assertThat(StorySentences.of(article)).extracting(StorySentences.Sentence::text)
        .containsExactly("The ferry union voted on Thursday to end the strike.",
            "Crews return to work on Monday, the union said.", "Islanders welcomed the news.",
            "NATO\u2014The alliance was not involved.");
  }

  @Test
  void aBylineOrAPlayersControlsOrCaptionGluedToTheStoryGo() {
    String byline = "By By Ines Varga Oct 31, 2015 in World A ferry strike has left Lindholm "
        + "island without a crossing for a week.";
    String player = "Skip in Skip x Embed x Share PORT SELBY (AP) \u2014 The ferry union voted on "
        + "Thursday to end the strike.";
    assertThat(byline.substring(BoilerplateFilter.openingLength(byline))).startsWith("A ferry");
    assertThat(player.substring(BoilerplateFilter.openingLength(player))).startsWith("The ferry");
    String dated = "Tuesday, January 18, 2005Through a telethon, Lindholm raised 2 million euros.";
    assertThat(dated.substring(BoilerplateFilter.openingLength(dated))).startsWith("Through");
    // a date line alone is no opening: the furniture stage judges it
    assertThat(BoilerplateFilter.openingLength("Tuesday, January 18, 2005")).isZero();
    // without its date a "By" opens a sentence as often as a byline, and stays
    for (String kept : List.of("By Monday, the union had agreed to talks.",
        "By Ines Varga's count, 38 crossings were cancelled on May 10, 2024.",
        "By May 10, 2024 All crossings had been cancelled.")) {
      assertThat(BoilerplateFilter.openingLength(kept)).as(kept).isZero();
    }
    // a video's caption after the player's close button is no paragraph of the story
    assertThat(BoilerplateFilter.isBoilerplate("CLOSE Hundreds of travellers were stranded on "
        + "Lindholm after the ferry crews walked out. The union says talks will resume on "
        + "Monday, and the company has promised to publish a new rota before the summer. VPC",
        null)).isTrue();
    assertThat(BoilerplateFilter.isBoilerplate("CLOSE CALL: a ferry ran aground.", null))
        .isFalse();
    assertThat(BoilerplateFilter.isBoilerplate("Close to 400 travellers were stranded.", null))
        .isFalse();
    TextPipeline pipeline = new TextPipeline(Language.ENGLISH, false, false);
    // a title line, then the date glued to the story's first sentence, as WikiNews pages read
    assertThat(pipeline.analyze(List.of(Article.of("s", "Lindholm telethon raises millions\n"
        + dated))).sentences()).extracting(Sentence::text).containsExactly(
            "Lindholm telethon raises millions",
            "Through a telethon, Lindholm raised 2 million euros.");
    assertThat(pipeline.analyze(List.of(Article.of("s", byline + "\n" + player))).sentences())
        .extracting(Sentence::text).containsExactly(
            "A ferry strike has left Lindholm island without a crossing for a week.",
            // past the first paragraph, a player's text is no opening: the furniture stage's job
            "Skip in Skip x Embed x Share PORT SELBY (AP) \u2014 The ferry union voted on "
                + "Thursday to end the strike.");
  }

  @Test
  void everyKindOfBoilerplateLineIsFoundInAnyCaseAndProseIsNot() {
    for (String line : List.of("Posted April 13, 2017 at 5:03 pm", "UPDATED: 10:32 a.m.",
        "First published on Tue 11 Apr 2017", "Share this story on Facebook",
        "E-mail this article", "Print", "Get the ferry newsletter delivered to your inbox",
        "Recently in Lindholm", "Read more: Ferry union votes to strike",
        "Photo: Lindholm Harbour Authority", "Ferry crews walk out in Lindholm / AP Photo",
        "Workers at the harbour (AP Photo/Jane Doe)", "\u00a9 2017 Lindholm Courier",
        "COPYRIGHT 2017 The Courier", "The Lindholm Courier, all rights reserved.",
        "By Jane Doe and John Roe", "Reporting by Jane Doe; editing by John Roe")) {
      assertThat(BoilerplateFilter.isBoilerplate(line, null)).as(line).isTrue();
    }
    for (String line : List.of("The ferry union voted to strike on Monday.",
        "Byers said the strike would last a week.", "Shares in the ferry operator fell 4 percent.",
        "Printers in the harbour town ran out of paper.", "Lindholm is 40 km/h slower today.")) {
      assertThat(BoilerplateFilter.isBoilerplate(line, null)).as(line).isFalse();
    }
  }

  @Test
  void stripsTheDatelineAfterWireSlugLines() {
    // AP copy as DUC has it: an editor's slug line, then the dateline opening the story
    String wire = "&UR; Eds: UPDATES with four more deaths in Poland &UR; AP Photo &UR; By ALISON "
        + "MUTLER &QC; &UR; Associated Press Writer &QC;\nBUCHAREST, Romania (AP) _ An Arctic cold "
        + "wave has killed at least 65 people throughout Europe, police reported Monday.";
    AnalyzedCluster cluster = TextPipeline.english().analyze(List.of(Article.of("ap", wire)));
    assertThat(cluster.sentences()).extracting(Sentence::text)
        .contains("An Arctic cold wave has killed at least 65 people throughout Europe, police "
            + "reported Monday.")
        .noneMatch(t -> t.startsWith("BUCHAREST"));
  }

  @Test
  void laterParagraphsLoseOnlyAnUnmistakableWireDateline() {
    // a menu line of no sentences, then prose that opens with capitals and a dash, then a second
    // story glued on with its agency's dateline
    AnalyzedCluster cluster = TextPipeline.english().analyze(List.of(Article.of("web",
        "Home | World | Politics\nNATO - The alliance met on Monday in Brussels to discuss "
            + "the budget.\nWASHINGTON (AP) _ The Senate voted on Tuesday.")));
    assertThat(cluster.sentences()).extracting(Sentence::text)
        .anyMatch(t -> t.startsWith("NATO - The alliance met"))
        .contains("The Senate voted on Tuesday.");
  }

  @Test
  void aDatelineAfterAPhotoCaptionIsCut() {
    // the page's caption reads as a complete sentence before the story's dateline
    AnalyzedCluster cluster = TextPipeline.english().analyze(List.of(Article.of("web",
        "Friends gather outside the school where the girl was a student. (Jamie Hower via "
            + "Facebook)\nBEDFORD, Pa. (WJAC) \u2013 The family of a 15-year-old girl who died "
            + "Monday spoke to the community.\nHONOLULU (KHON2) - Students were served a cleaner "
            + "instead of juice.")));
    assertThat(cluster.sentences()).extracting(Sentence::text)
        .contains("The family of a 15-year-old girl who died Monday spoke to the community.",
            "Students were served a cleaner instead of juice.");
  }

  @Test
  void dropsNewswireTypesettingCodes() {
    assertThat(StorySentences.dropWireCodes("&QL; NATIONAL FORECAST &QL; Procter &AMP; Gamble &UR; "
        + "said &lt; nothing")).isEqualTo("  NATIONAL FORECAST   Procter & Gamble   said &lt; nothing");
    AnalyzedCluster c = new TextPipeline(Language.ENGLISH, false, false).analyze(List.of(
        Article.of("nyt", "Frost will cover the Great Lakes on Thursday &QL; and AT&AMP;T said so.")));
    assertThat(c.sentences().get(0).text())
        .isEqualTo("Frost will cover the Great Lakes on Thursday and AT&T said so.");
  }

  @Test
  void dropsWebNoticesAndWirePhotoCaptions() {
    assertThat(BoilerplateFilter.isBoilerplateSentence(
        "The IP address for this domain may have changed recently.")).isTrue();
    assertThat(BoilerplateFilter.isBoilerplateSentence("These crawls are part of an effort to "
        + "archive pages as they are created and archive the pages that they refer to.")).isTrue();
    assertThat(BoilerplateFilter.isBoilerplateSentence("A box of corn flakes made by Kellogg is "
        + "seen on a shopping cart inside a local shop in Caracas, Venezuela May 15, 2018."))
        .isTrue();
    assertThat(BoilerplateFilter.isBoilerplateSentence(
        "Kellogg said on Tuesday it was closing its plant in Venezuela.")).isFalse();
    assertThat(BoilerplateFilter.isBoilerplateSentence("You can add location information to "
        + "your Tweets, such as your city or precise location, from the web and via third-party "
        + "applications.")).isTrue();
    assertThat(BoilerplateFilter.isBoilerplateSentence(
        "We're sorry, but this page is not available.")).isTrue();
    // a long sentence that quotes a notice is news, not a notice
    assertThat(BoilerplateFilter.isBoilerplateSentence("Visitors in Tehran who tried to open the "
        + "newspaper's site on Monday were told that this page is not available in their country, "
        + "the third such block this year, according to a press freedom group that tracks them."))
        .isFalse();
    assertThat(BoilerplateFilter.isBoilerplateSentence(
        "The company was founded on May 15, 2018, in Caracas.")).isFalse();
    // a wire caption's date is its last word, with or without the full stop
    assertThat(BoilerplateFilter.isBoilerplateSentence(
        "Opposition supporters march through Caracas, Venezuela May 15, 2018")).isTrue();
    assertThat(BoilerplateFilter.isBoilerplateSentence(
        "A tanker is pictured off the coast of Aruba in 2017.")).isTrue();
    assertThat(BoilerplateFilter.isBoilerplateSentence(
        "A tanker is pictured off the coast of Aruba in 2017, the coast guard said.")).isFalse();
    assertThat(BoilerplateFilter.isBoilerplateSentence(
        "Kellogg closed the plant in Valencia, which it had opened in 1998.")).isFalse();
  }

  @Test
  void withoutCompressionSentencesAreVerbatim() {
    Article article = Article.of("a", "However, the talks (in Moscow) failed. Nobody was surprised.");
    AnalyzedCluster cluster =
        new TextPipeline(Language.ENGLISH, false, false).analyze(List.of(article));
    assertThat(cluster.sentences()).extracting(Sentence::text)
        .containsExactly("However, the talks (in Moscow) failed.", "Nobody was surprised.");
  }

  @Test
  void joinsHardWrappedLines() {
    List<int[]> paragraphs = StorySentences.paragraphs("The minister said the\nplan would work.\nNext.");
    assertThat(paragraphs).hasSize(2);
  }

  @Test
  void countsConceptsPerArticle() {
    AnalyzedCluster cluster = TextPipeline.english().analyze(List.of(
        Article.of("a", "Floods hit the northern valley on Monday."),
        Article.of("b", "Heavy floods hit the northern valley, officials said.")));
    // "floods hit", "hit the", "the northern", "northern valley" occur in both articles
    java.util.Set<Integer> first = java.util.Arrays.stream(cluster.bigramIds(0)).boxed()
        .collect(java.util.stream.Collectors.toSet());
    java.util.List<Integer> shared = java.util.Arrays.stream(cluster.bigramIds(1)).boxed()
        .filter(first::contains).toList();
    assertThat(shared).hasSize(4);
    assertThat(shared).allSatisfy(b -> assertThat(cluster.bigramArticleFrequency(b)).isEqualTo(2));
    assertThat(cluster.bigramArticleFrequency(cluster.bigramIds(0)[cluster.bigramIds(0).length - 1]))
        .isEqualTo(1); // "on monday" is only in the first
  }

  @Test
  void numbersTermsInTheOrderTheyFirstOccurAndSharesOneInstancePerWord() {
    AnalyzedCluster cluster = TextPipeline.english().analyze(List.of(
        Article.of("a", "The river flooded the town. Floods closed the roads."),
        Article.of("b", "The flood closed roads in the river town.")));
    // "flooded", "Floods" and "flood" are three words with one term; "the" and "in" have none
    List<String> terms = cluster.sentences().stream().flatMap(s -> s.terms().stream()).toList();
    List<String> firstSeen = terms.stream().distinct().toList();
    for (int s = 0; s < cluster.size(); s++) {
      List<String> sentenceTerms = cluster.sentences().get(s).terms();
      assertThat(cluster.termIds(s)).hasSize(sentenceTerms.size());
      for (int k = 0; k < sentenceTerms.size(); k++) {
        assertThat(cluster.termIds(s)[k]).isEqualTo(firstSeen.indexOf(sentenceTerms.get(k)));
      }
    }
    assertThat(cluster.termCount()).isEqualTo(firstSeen.size());
    assertThat(cluster.sentences().get(0).terms()).containsExactly("river", "flood", "town");
    assertThat(cluster.sentences().get(1).terms()).containsExactly("flood", "close", "road");
    // "flood" is in every sentence, "road" in both articles
    assertThat(cluster.termSentenceFrequency(firstSeen.indexOf("flood"))).isEqualTo(3);
    assertThat(cluster.termArticleFrequency(firstSeen.indexOf("road"))).isEqualTo(2);
    // stem bigrams in the order they occur, a stop word's stem kept: "the river", "river flood"
    int[] bigrams = cluster.bigramIds(0);
    assertThat(cluster.bigramStem(bigrams[0], 0)).isEqualTo("the");
    assertThat(cluster.bigramStem(bigrams[0], 1)).isEqualTo("river");
    assertThat(cluster.bigramStem(bigrams[1], 1)).isEqualTo("flood");
    assertThat(bigrams[0]).isZero();
    // one instance per distinct word, whichever sentence it is read in
    String the = cluster.sentences().get(0).words().get(0);
    assertThat(cluster.sentences().get(2).words().get(0)).isSameAs(the);
    assertThat(cluster.sentences().get(2).words().get(5)).isSameAs(the);
  }

  @Test
  void frenchUsesFrenchStopWordsAndStemmer() {
    AnalyzedCluster cluster = new TextPipeline(Language.FRENCH, true, false).analyze(List.of(
        Article.of("a", "Les inondations ont frappé la vallée du nord lundi.")));
    assertThat(cluster.sentences().get(0).terms()).doesNotContain("les", "la", "du")
        .contains("inond");
  }

  @Test
  void pagesMadeOneByOneAndPutTogetherAreTheClusterAnalysedAtOnce() {
    TextPipeline pipeline = new TextPipeline(Language.ENGLISH, true, false,
        new FurnitureFilter(FurnitureModel.standard()));
    Article web = new Article("web", "Tillerson in Moscow", null, null, null, null, WEB_ARTICLE);
    Article wire = Article.of("wire", """
        MOSCOW (Wire) - Russia's foreign minister met the U.S. Secretary of State on Wednesday.
        However, the two sides did not agree on Syria, officials said.""");
    List<Article> articles = List.of(web, wire);
    Function<Article, List<StorySentences.Sentence>> read = StorySentences.once(articles);
    // made in another order than the cluster's, as a thread reading ahead may make them
    Map<Article, TextPipeline.Page> pages = new IdentityHashMap<>();
    pages.put(wire, pipeline.page(wire, read));
    pages.put(web, pipeline.page(web, read));

    AnalyzedCluster joined = pipeline.analyze(articles, read, pages::get);

    assertThat(joined.sentences()).isEqualTo(pipeline.analyze(articles).sentences());
    // the furniture stage ran on each page: the cut-off teaser of another story is gone
    assertThat(joined.sentences()).extracting(Sentence::articleId)
        .containsExactly("web", "web", "web", "wire", "wire");
    assertThat(joined.sentences()).extracting(Sentence::text)
        .noneMatch(text -> text.startsWith("Trump's Attack"));
  }
}

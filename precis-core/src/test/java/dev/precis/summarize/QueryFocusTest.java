package dev.precis.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.PrecisException;
import dev.precis.render.SummaryFormat;
import dev.precis.render.SummaryWriter;
import dev.precis.text.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Three reports of one council meeting in the invented town of Veldmark, each on two matters: the
 * flood defences of the river district and the new tram line. A query picks one of them.
 */
class QueryFocusTest {
  static final String COURIER = """
      Veldmark council voted on Tuesday to spend 14 million euros on new flood defences along \
      the River Amsel after the river district was flooded twice last winter.
      The money will raise the embankment walls by one metre and pay for two new pumping \
      stations near the old harbour.
      Residents of the river district said the flooding had ruined hundreds of cellars and \
      closed the riverside school for three weeks.
      At the same meeting the council approved the route of the new tram line from the central \
      station to the university campus.
      The tram line will have eleven stops and should carry its first passengers in the spring \
      of 2029, the transport department said.
      Shopkeepers on Linden Street fear that two years of tram construction will keep their \
      customers away.""";
  static final String HERALD = """
      The new tram line approved by Veldmark council on Tuesday will run every six minutes \
      between the central station and the university campus.
      Building the tram line will cost 92 million euros, most of it paid by the national \
      transport fund.
      The transport department promised that Linden Street would stay open to buses during \
      the tram construction.
      Councillors also agreed to a 14 million euro plan for flood defences in the river \
      district, where the River Amsel burst its banks in January.
      Engineers said the higher embankment walls and the pumping stations should protect the \
      district from a flood of the kind that comes once a century.""";
  static final String GAZETTE = """
      Flood defences for the river district were the first item on the agenda of Veldmark \
      council on Tuesday night.
      The River Amsel flooded about 300 homes in the district in January, and insurers paid \
      out more than 6 million euros for the damage.
      The plan approved by the council raises the embankment walls and adds two pumping \
      stations, and the works should be finished before next winter.
      The council then turned to the tram line, which students at the university campus have \
      demanded for a decade.
      Trams will be built by a company in Graz and will be the first in the region to run \
      without overhead wires in the old town.""";

  static List<Article> meeting() {
    return List.of(Article.of("courier", COURIER), Article.of("herald", HERALD),
        Article.of("gazette", GAZETTE));
  }

  private static Summary summarize(String method, String query, int words) {
    return new SummaryPipeline(SummaryOptions.defaults().withMethod(method)
        .withBudget(Budget.words(words)).withQuery(query)).summarize(meeting());
  }

  private static boolean aboutTrams(String text) {
    return text.contains("tram") || text.contains("Tram") || text.contains("Linden");
  }

  @Test
  void aQueryAboutTheFloodChoosesTheFloodSentencesOnly() {
    Summary summary = summarize("ilp", "flooding of the river district", 80);
    assertThat(summary.sentences()).hasSizeGreaterThanOrEqualTo(2)
        .noneMatch(s -> aboutTrams(s.text()))
        .allMatch(s -> s.text().contains("flood") || s.text().contains("Flood")
            || s.text().contains("River Amsel") || s.text().contains("river district")
            || s.text().contains("embankment"));
    assertThat(summary.parameters()).containsEntry("query", "flooding of the river district");
    assertThat(summary.notes()).anyMatch(n -> n.startsWith("about 'flooding of the river district': "));
  }

  @Test
  void aQueryAboutTheTramChoosesTheTramSentencesOnly() {
    Summary summary = summarize("ilp", "tram line", 80);
    assertThat(summary.sentences()).hasSizeGreaterThanOrEqualTo(2)
        .allMatch(s -> aboutTrams(s.text()))
        .noneMatch(s -> s.text().contains("flood") || s.text().contains("Flood"));
    // attributed as usual: the sentence every report makes names more than one of them
    assertThat(summary.sentences()).allMatch(s -> !s.sources().isEmpty());
  }

  @Test
  void withoutAQueryTheSummaryCoversBothMatters() {
    Summary summary = new SummaryPipeline(SummaryOptions.defaults()
        .withBudget(Budget.words(80))).summarize(meeting());
    assertThat(summary.parameters()).doesNotContainKey("query");
    assertThat(summary.sentences()).anyMatch(s -> aboutTrams(s.text()))
        .anyMatch(s -> s.text().toLowerCase(java.util.Locale.ROOT).contains("flood"));
  }

  @Test
  void closeWordsAreThoseThatKeepCompanyWithTheQuery() {
    SummaryOptions options = SummaryOptions.defaults();
    var cluster = new dev.precis.text.TextPipeline(options.language(), true, false)
        .analyze(meeting());
    QueryFocus focus = QueryFocus.of("tram", cluster);
    assertThat(focus.relatedness("tram")).isEqualTo(1.0);
    // "line" is used with "tram" in every sentence that has it; "council" on both matters
    assertThat(focus.relatedness("line")).isGreaterThan(0).isLessThanOrEqualTo(QueryFocus.CLOSE_WEIGHT);
    assertThat(focus.relatedness("council")).isZero();
  }

  @Test
  void everyMethodChoosesOnlyAmongSentencesAboutTheQuery() {
    for (String method : Summarizers.names()) {
      Summary summary = summarize(method, "tram line", 60);
      assertThat(summary.sentences()).as(method).isNotEmpty()
          .allMatch(s -> aboutTrams(s.text()));
    }
  }

  @Test
  void anUnrelatedQueryIsRefusedWithAClearMessage() {
    assertThatThrownBy(() -> summarize("ilp", "volcanic eruption", 80))
        .isInstanceOf(NothingToSummarizeException.class)
        .hasMessage("nothing about 'volcanic eruption' in the articles: no sentence uses its "
            + "words (volcan, erupt)");
  }

  @Test
  void aQueryOfCommonWordsOnlyIsRefused() {
    assertThatThrownBy(() -> summarize("ilp", "what is it about", 80))
        .isInstanceOf(PrecisException.class)
        .hasMessageContaining("has no word to look for");
  }

  @Test
  void anEmptyOrOverlongQueryIsRefusedByTheOptions() {
    assertThatThrownBy(() -> SummaryOptions.defaults().withQuery("  "))
        .isInstanceOf(PrecisException.class).hasMessageContaining("the query is empty");
    assertThatThrownBy(() -> SummaryOptions.defaults().withQuery("tram ".repeat(200)))
        .isInstanceOf(PrecisException.class).hasMessageContaining("at most 500");
  }

  @Test
  void theSameQueryGivesTheSameBytes() {
    String first = SummaryWriter.write(summarize("ilp", "tram line", 80), SummaryFormat.JSON);
    String second = SummaryWriter.write(summarize("ilp", "tram line", 80), SummaryFormat.JSON);
    assertThat(first).isEqualTo(second).contains("\"query\" : \"tram line\"");
  }
}

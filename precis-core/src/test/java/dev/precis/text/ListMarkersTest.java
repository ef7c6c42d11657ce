package dev.precis.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ListMarkersTest {
  @Test
  void aListsMarkerIsNoPartOfTheSentence() {
    assertThat(ListMarkers.strip("_ Most ferries bought from 1997 on run on diesel."))
        .isEqualTo("Most ferries bought from 1997 on run on diesel.");
    assertThat(ListMarkers.strip("_People aged 40 to 75 travel free on Sundays."))
        .isEqualTo("People aged 40 to 75 travel free on Sundays.");
    assertThat(ListMarkers.strip("\u2022In Port Selby, the council opened two school halls."))
        .isEqualTo("In Port Selby, the council opened two school halls.");
    assertThat(ListMarkers.strip("* AP - \"the strike entered its third day.\""))
        .isEqualTo("AP - \"the strike entered its third day.\"");
    assertThat(ListMarkers.strip("-- Lindholm beat Selby 31-24 on Nov. 13."))
        .isEqualTo("Lindholm beat Selby 31-24 on Nov. 13.");
    assertThat(ListMarkers.strip("- \"Fiona\"")).isEqualTo("\"Fiona\"");
  }

  @Test
  void aSignBeforeANumberAndAWordAloneStay() {
    assertThat(ListMarkers.strip("-5 degrees is the forecast for the island on Friday."))
        .isEqualTo("-5 degrees is the forecast for the island on Friday.");
    assertThat(ListMarkers.strip("-based crews walked out.")).isEqualTo("-based crews walked out.");
    assertThat(ListMarkers.strip("-Based on the rota, crews work 14 hours."))
        .isEqualTo("-Based on the rota, crews work 14 hours.");
    assertThat(ListMarkers.strip("- 5 degrees is the forecast for Friday."))
        .isEqualTo("- 5 degrees is the forecast for Friday.");
    assertThat(ListMarkers.strip("*Not* all ferries ran on Friday."))
        .isEqualTo("*Not* all ferries ran on Friday.");
    assertThat(ListMarkers.strip("_The Selby Gazette_ reported the strike first."))
        .isEqualTo("_The Selby Gazette_ reported the strike first.");
    assertThat(ListMarkers.strip("_ ...")).isEqualTo("_ ...");
    assertThat(ListMarkers.strip("The strike - the third this year - ended."))
        .isEqualTo("The strike - the third this year - ended.");
  }

  @Test
  void theQuotedTextLosesTheMarkerAndThePageKeepsIt() {
    AnalyzedCluster cluster = new TextPipeline(Language.ENGLISH, false, false).analyze(List.of(
        Article.of("tips", "Ferry tips for the strike week.\n\n_ Keep your ticket.\n\n"
            + "_ Check the timetable before you travel.")));
    assertThat(cluster.sentences()).extracting(Sentence::text).containsExactly(
        "Ferry tips for the strike week.", "Keep your ticket.",
        "Check the timetable before you travel.");
    Sentence keep = cluster.sentences().get(1);
    assertThat(cluster.articles().get(0).text().substring(keep.start(), keep.end()))
        .isEqualTo("_ Keep your ticket.");
  }
}

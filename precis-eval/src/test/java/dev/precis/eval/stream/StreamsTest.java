package dev.precis.eval.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.PrecisException;
import dev.precis.cluster.ClusterOptions;
import dev.precis.text.Article;
import dev.precis.text.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stream builders on a small invented {@code shared} directory of the real files' shapes. */
class StreamsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BRIDGE_1 = "The Alder Street bridge in Fenwick was closed on "
      + "Tuesday after inspectors found cracks in two of its steel supports.";
  private static final String BRIDGE_2 = "Fenwick officials said the Alder Street bridge would "
      + "stay closed for repairs to its cracked steel supports for at least a month.";
  private static final String ORCHESTRA_1 = "The Harwick Symphony Orchestra named Lena Okafor "
      + "its new music director, the first woman to lead the orchestra.";
  private static final String ORCHESTRA_2 = "Lena Okafor will conduct her first concert as "
      + "music director of the Harwick Symphony Orchestra in September.";

  private static final String FLOOD_1 = "The river Wend burst its banks at Marlow on Sunday, "
      + "flooding two hundred homes along the valley.";
  private static final String FLOOD_2 = "Families flooded out of their homes in Marlow when the "
      + "Wend burst its banks began returning to clean up.";
  private static final String SCHOOL_1 = "The Brenton school board voted to close Hillcrest "
      + "Elementary at the end of the year, citing falling enrolment.";
  private static final String SCHOOL_2 = "Parents at Hillcrest Elementary protested the Brenton "
      + "school board's vote to close the school.";

  @TempDir Path shared;

  @BeforeEach
  void writeShared() throws IOException {
    Path duc = Files.createDirectories(shared.resolve("data/duc2003"));
    Files.writeString(duc.resolve("task2.jsonl"), topic("D1", List.of(
        doc("APW19981017.0151", BRIDGE_1), doc("NYT19981018.0002", BRIDGE_2))) + "\n");
    // the second task repeats one document of the first, as DUC 2003's tasks do
    Files.writeString(duc.resolve("task4.jsonl"), topic("D2", List.of(
        doc("XIE19990301.0010", ORCHESTRA_1), doc("XIE19990302.0020", ORCHESTRA_2),
        doc("NYT19981018.0002", BRIDGE_2))) + "\n");
    Path mn = Files.createDirectories(shared.resolve("data/multinews"));
    Files.writeString(mn.resolve("sample100.jsonl"), topic("multinews-1", List.of(
        doc("1-0", BRIDGE_1), doc("1-1", BRIDGE_2))) + "\n" + topic("multinews-2", List.of(
        doc("2-0", ORCHESTRA_1), doc("2-1", ORCHESTRA_2))) + "\n");
    Path uci = Files.createDirectories(shared.resolve("data/uci-news"));
    Files.writeString(uci.resolve("head6366.csv"), String.join("\n",
        "ID,TITLE,URL,PUBLISHER,CATEGORY,STORY,HOSTNAME,TIMESTAMP",
        "1,\"Fenwick closes Alder Street bridge, citing cracks\",http://a.example/1,Fenwick Post,"
            + "b,S1,a.example,1394470370698",
        "2,Alder Street bridge to stay shut for a month,http://b.example/2,Ledger,b,S1,"
            + "b.example,1394470371207",
        "3,\"Harwick orchestra picks Lena Okafor as \"\"music director\"\"\",http://c.example/3,"
            + "Arts Daily,e,S2,c.example,1394470371550",
        "4,Lena Okafor to lead Harwick Symphony Orchestra,http://d.example/4,Stage,e,S2,"
            + "d.example,1394470371793",
        "5,A row cut short,http://e.example/5") + "\n");
    Path tac = Files.createDirectories(shared.resolve("data/tac2011-multiling"));
    Files.writeString(tac.resolve("english.jsonl"), topic("M000", List.of(
        doc("M000-1", BRIDGE_1), doc("M000-2", BRIDGE_2))) + "\n" + topic("M001", List.of(
        doc("M001-1", ORCHESTRA_1), doc("M001-2", ORCHESTRA_2))) + "\n");
    Files.writeString(tac.resolve("french.jsonl"), topic("M000", List.of(
        doc("M000-1", "Le pont de la rue Alder à Fenwick a été fermé lundi après la découverte "
            + "de fissures."),
        doc("M000-2", "Les fissures du pont de la rue Alder garderont le pont fermé un mois, "
            + "selon Fenwick."))) + "\n" + topic("M001", List.of(
        doc("M001-1", "L'orchestre symphonique de Harwick a nommé Lena Okafor directrice "
            + "musicale."),
        doc("M001-2", "Lena Okafor dirigera son premier concert avec l'orchestre de Harwick en "
            + "mai."))) + "\n");
  }

  private static Map<String, Object> doc(String id, String text) {
    return Map.of("id", id, "text", text);
  }

  private static String topic(String id, List<Map<String, Object>> docs) throws IOException {
    return JSON.writeValueAsString(Map.of("id", id, "documents", docs, "references", List.of()));
  }

  @Test
  void ducKeepsRepeatedDocumentsOnceAndLeavesDatesOut() {
    LabeledStream s = Streams.named("duc2003", shared);
    assertThat(s.articles()).hasSize(4);
    assertThat(s.gold()).containsEntry("NYT19981018.0002", "D1");
    assertThat(s.goldStories()).isEqualTo(2);
    assertThat(s.articles()).allMatch(a -> a.date() == null);
    assertThat(s.notes()).contains("1 documents in two clusters kept once, in the first");
    LabeledStream dated = Streams.duc2003(shared, true);
    assertThat(dated.articles()).filteredOn(a -> a.id().equals("APW19981017.0151"))
        .extracting(Article::date).containsExactly("1998-10-17");
  }

  @Test
  void uciIsHeadlinesWithDatesAndSkipsCutRows() {
    LabeledStream s = Streams.named("uci", shared);
    assertThat(s.articles()).hasSize(4);
    assertThat(s.articles()).allMatch(a -> a.text().isEmpty() && a.date().equals("2014-03-10"));
    assertThat(s.articles()).extracting(Article::title)
        .contains("Harwick orchestra picks Lena Okafor as \"music director\"",
            "Fenwick closes Alder Street bridge, citing cracks");
    assertThat(s.gold()).containsEntry("uci-3", "S2");
    assertThat(s.notes()).contains("1 incomplete or repeated rows skipped");
  }

  @Test
  void tacStreamsCarryTheirLanguage() {
    assertThat(Streams.names()).contains("tac2011-french", "tac2011-hindi");
    LabeledStream french = Streams.named("tac2011-french", shared);
    assertThat(french.language()).isEqualTo(Language.FRENCH);
    assertThat(french.articles()).hasSize(4);
    assertThat(french.gold()).containsEntry("M001-2", "M001");
    assertThat(french.half(1).language()).isEqualTo(Language.FRENCH);
    assertThat(Streams.named("uci", shared).language()).isEqualTo(Language.ENGLISH);
    assertThatThrownBy(() -> Streams.named("tac2011-greek", shared))
        .isInstanceOf(PrecisException.class).hasMessageContaining("greek.jsonl not found");
  }

  @Test
  void streamsAreMixedButScoreTheSame() {
    for (String name : List.of("duc2003", "multinews", "uci", "tac2011-english",
        "tac2011-french")) {
      LabeledStream s = Streams.named(name, shared);
      StreamEvaluator.Result r = StreamEvaluator.evaluate(s,
          ClusterOptions.defaults().withLanguage(s.language()));
      assertThat(r.scores().bcubedF1()).as(name).isEqualTo(1.0);
      assertThat(r.storiesFound()).isEqualTo(2);
    }
  }

  @Test
  void missingDataAndUnknownStreamsAreClearErrors() {
    assertThatThrownBy(() -> Streams.named("reuters", shared))
        .isInstanceOf(PrecisException.class)
        .hasMessage("unknown stream 'reuters'; known streams: duc2003, duc2003-task2, "
            + "duc2003-task4, multinews, uci, "
            + "tac2011-english, tac2011-french, tac2011-czech, tac2011-greek, tac2011-arabic, "
            + "tac2011-hebrew, tac2011-hindi");
    assertThatThrownBy(() -> Streams.named("uci", shared.resolve("nowhere")))
        .isInstanceOf(PrecisException.class).hasMessageContaining("--shared must name");
  }

  @Test
  void goldFiles() throws IOException {
    Path gold = shared.resolve("gold.tsv");
    Files.writeString(gold, "# article\tstory\na1\tbridge\n\na2,bridge\na3\torchestra\n");
    assertThat(Streams.readGold(gold)).containsExactly(Map.entry("a1", "bridge"),
        Map.entry("a2", "bridge"), Map.entry("a3", "orchestra"));
    Files.writeString(gold, "a1\tbridge\na1\torchestra\n");
    assertThatThrownBy(() -> Streams.readGold(gold)).isInstanceOf(PrecisException.class)
        .hasMessage("gold.tsv line 2: article 'a1' has a gold story already");
    Files.writeString(gold, "a1 bridge\n");
    assertThatThrownBy(() -> Streams.readGold(gold)).isInstanceOf(PrecisException.class)
        .hasMessageContaining("line 1: expected ARTICLE_ID<TAB>STORY");
    Files.writeString(gold, "# nothing\n");
    assertThatThrownBy(() -> Streams.readGold(gold)).isInstanceOf(PrecisException.class)
        .hasMessageContaining("has no ARTICLE_ID<TAB>STORY lines");
  }

  @Test
  void articlesAndGoldMustMatch() throws IOException {
    Path articles = shared.resolve("a.jsonl");
    Files.writeString(articles, JSON.writeValueAsString(Map.of("id", "a1", "text", BRIDGE_1))
        + "\n" + JSON.writeValueAsString(Map.of("id", "a2", "text", BRIDGE_2)) + "\n");
    Path gold = shared.resolve("gold.tsv");
    Files.writeString(gold, "a1\tbridge\n");
    assertThatThrownBy(() -> Streams.fromFiles(List.of(articles.toString()), gold))
        .isInstanceOf(PrecisException.class).hasMessage("gold.tsv: no gold story for article 'a2'");
    Files.writeString(gold, "a1\tbridge\na2\tbridge\na9\tbridge\n");
    assertThatThrownBy(() -> Streams.fromFiles(List.of(articles.toString()), gold))
        .isInstanceOf(PrecisException.class)
        .hasMessage("gold.tsv: article 'a9' is not among the articles");
    Files.writeString(gold, "a1\tbridge\na2\tbridge\n");
    assertThat(Streams.fromFiles(List.of(articles.toString()), gold).articles()).hasSize(2);
    // a feed saved under another name is still JSON lines
    Path feed = Files.copy(articles, shared.resolve("feed.txt"));
    assertThat(Streams.fromFiles(List.of(feed.toString()), gold).articles()).hasSize(2);
  }

  @Test
  void halvesKeepWholeStoriesAndAreTheSameEveryRun() {
    LabeledStream s = Streams.named("multinews", shared);
    LabeledStream half = s.half(1);
    // two gold stories: a half holds one of them, whole, in the stream's order
    assertThat(half.goldStories()).isEqualTo(1);
    assertThat(half.articles()).hasSize(2);
    String story = half.gold().values().iterator().next();
    assertThat(s.gold().entrySet()).filteredOn(e -> e.getValue().equals(story))
        .extracting(Map.Entry::getKey)
        .containsExactlyInAnyOrderElementsOf(half.gold().keySet());
    assertThat(half.articles()).isSubsetOf(s.articles());
    assertThat(s.half(1).gold()).isEqualTo(half.gold());
    assertThat(half.name()).isEqualTo("multinews-half-1");
    // over a few seeds both stories are drawn
    assertThat(java.util.stream.LongStream.rangeClosed(1, 8)
        .mapToObj(seed -> s.half(seed).gold().values().iterator().next()).distinct())
        .containsExactlyInAnyOrder("multinews-1", "multinews-2");
  }

  @Test
  void heldOutScoresEachHalf() {
    List<Article> articles = List.of(Article.of("b1", BRIDGE_1), Article.of("b2", BRIDGE_2),
        Article.of("o1", ORCHESTRA_1), Article.of("o2", ORCHESTRA_2),
        Article.of("f1", FLOOD_1), Article.of("f2", FLOOD_2),
        Article.of("s1", SCHOOL_1), Article.of("s2", SCHOOL_2));
    Map<String, String> gold = Map.of("b1", "bridge", "b2", "bridge", "o1", "orchestra",
        "o2", "orchestra", "f1", "flood", "f2", "flood", "s1", "school", "s2", "school");
    LabeledStream four = new LabeledStream("four", articles, gold, List.of());
    StreamEvaluator.HeldOut h = StreamEvaluator.heldOut(four, ClusterOptions.defaults(), null, 3);
    assertThat(h.f1()).hasSize(3);
    // four stories of two articles each on one subject: every half is clustered right
    assertThat(h.f1()).containsOnly(1.0);
    assertThat(h.meanPrecision()).isEqualTo(1.0);
    assertThat(h.reaching(0.95)).isEqualTo(3);
    assertThatThrownBy(() -> StreamEvaluator.heldOut(four, ClusterOptions.defaults(), null, 0))
        .isInstanceOf(PrecisException.class).hasMessageContaining("at least 1");
    // with two stories, a half is one story: nothing to learn from it
    assertThatThrownBy(() -> StreamEvaluator.heldOut(Streams.named("multinews", shared),
        ClusterOptions.defaults(), null, 3))
        .isInstanceOf(PrecisException.class)
        .hasMessage("held-out halves need a stream of at least 4 gold stories; multinews has 2");
  }

  @Test
  void csvRecords() throws IOException {
    BufferedReader r = new BufferedReader(new StringReader(
        "a,\"b, c\",\"say \"\"hi\"\"\"\n\"two\nlines\",x\n,\n"));
    assertThat(Csv.readRecord(r)).containsExactly("a", "b, c", "say \"hi\"");
    assertThat(Csv.readRecord(r)).containsExactly("two\nlines", "x");
    assertThat(Csv.readRecord(r)).containsExactly("", "");
    assertThat(Csv.readRecord(r)).isNull();
  }
}

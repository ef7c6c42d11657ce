package dev.precis.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.precis.PrecisException;
import dev.precis.text.Article;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
  private static final String CZECH_TEXT =
      "Příliš žluťoučký kůň úpěl ďábelské ódy\n\n"
          + "Ve středu ráno se v Brně konala schůze městské rady. Řidiči tramvají čekali na"
          + " rozhodnutí o nových jízdních řádech.";

  private static final InputStream NO_STDIN = InputStream.nullInputStream();

  @TempDir Path dir;

  private final ArticleReader reader = ArticleReader.defaults();

  // ---- formats ----------------------------------------------------------------------------

  @Test
  void textFileGivesOneArticleNamedAfterTheFile() throws IOException {
    Path file =
        write("bridge-reopens.txt",
            "Harbour bridge reopens\n\nTraffic returned to the harbour bridge on Monday.\n");

    ReadResult result = read(file);

    assertThat(result.articles())
        .containsExactly(
            Article.of("bridge-reopens", "Traffic returned to the harbour bridge on Monday.")
                .withTitle("Harbour bridge reopens"));
    assertThat(result.inputs())
        .containsExactly(new ReadResult.Input(file.toString(), InputFormat.TEXT,
            StandardCharsets.UTF_8, 1));
    assertThat(result.warnings()).isEmpty();
  }

  @Test
  void htmlFileIsExtracted() throws IOException {
    Path file = dir.resolve("bridge.HTM");
    Files.writeString(file, HtmlArticleExtractorTest.resource("harbour-bridge.html"));

    Article article = read(file).articles().get(0);

    assertThat(article.id()).isEqualTo("bridge");
    assertThat(article.byline()).isEqualTo("Marta Kowalska");
    assertThat(article.text()).doesNotContain("Weather forecast");
  }

  @Test
  void jsonAndJsonLinesFilesGiveSeveralArticles() throws IOException {
    Path json = write("a.json", "{\"articles\": [{\"text\": \"One.\"}, {\"text\": \"Two.\"}]}");
    Path jsonl = write("b.jsonl", "{\"id\": \"x\", \"text\": \"Three.\"}\n{\"text\": \"Four.\"}\n");

    ReadResult result = read(json, jsonl);

    assertThat(result.articles()).extracting(Article::id).containsExactly("a-1", "a-2", "x", "b-2");
    assertThat(result.inputs()).extracting(ReadResult.Input::format)
        .containsExactly(InputFormat.JSON, InputFormat.JSONL);
  }

  @Test
  void explicitlyNamedFileWithAnotherExtensionIsReadAsText() throws IOException {
    Path file = write("notes.md", "Council meets on Tuesday.");

    assertThat(read(file).articles()).containsExactly(Article.of("notes", "Council meets on Tuesday."));
  }

  // ---- encodings --------------------------------------------------------------------------

  @Test
  void utf8ByteOrderMarkIsStripped() throws IOException {
    Path file = write("bom.txt", TextDecoderTest.concat(
        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, TextDecoderTest.utf8("Storm warning.")));

    assertThat(read(file).articles().get(0).text()).isEqualTo("Storm warning.");
  }

  @Test
  void utf16WithByteOrderMarkIsNotMistakenForBinary() throws IOException {
    byte[] body = CZECH_TEXT.getBytes(StandardCharsets.UTF_16LE);
    Path file = write("zprava.txt", TextDecoderTest.concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, body));

    ReadResult result = read(file);

    assertThat(result.articles().get(0).title()).isEqualTo("Příliš žluťoučký kůň úpěl ďábelské ódy");
    assertThat(result.inputs().get(0).charset()).isEqualTo(StandardCharsets.UTF_16LE);
  }

  @Test
  void windows1250CzechIsDecodedAndTheGuessIsReported() throws IOException {
    Path file = write("zprava.txt", CZECH_TEXT.getBytes(Charset.forName("windows-1250")));

    ReadResult result = read(file);

    Article article = result.articles().get(0);
    assertThat(article.title()).isEqualTo("Příliš žluťoučký kůň úpěl ďábelské ódy");
    assertThat(article.text()).contains("Řidiči tramvají čekali");
    assertThat(result.inputs().get(0).charset().name()).isEqualTo("windows-1250");
    assertThat(result.warnings())
        .containsExactly(file + " is not valid UTF-8; read as windows-1250"
            + " (its accented letters look Central European)");
  }

  @Test
  void articlesWithoutIdsAreNamedAndTheReaderSaysSo() {
    String feed = "{\"id\": \"a\", \"text\": \"The port reopened.\"}\n"
        + "{\"text\": \"Ships moved again.\"}\n{\"id\": \" \", \"text\": \"Cranes ran.\"}\n";
    ReadResult lines = ArticleReader.defaults().readBytes("day.jsonl",
        feed.getBytes(StandardCharsets.UTF_8));
    assertThat(lines.articles()).extracting(Article::id).containsExactly("a", "day-2", "day-3");
    assertThat(lines.warnings()).containsExactly(
        "day.jsonl: 2 articles have no id and were named day-LINE (its line number)");
    ReadResult one = ArticleReader.defaults().readBytes("one.json",
        "{\"text\": \"Ships moved again.\"}".getBytes(StandardCharsets.UTF_8));
    assertThat(one.articles()).extracting(Article::id).containsExactly("one");
    assertThat(one.warnings()).containsExactly("one.json: 1 article has no id and was named one");
  }

  @Test
  void datesThatCannotBeReadAreKeptAndTheReaderSaysSo() {
    String feed = """
        {"id": "a", "date": "2026-11-23", "text": "The port reopened."}
        {"id": "b", "date": "Nov 23rd, twenty", "text": "Ships moved again."}
        {"id": "c", "date": "03/04/2026", "text": "Cranes ran."}
        {"id": "d", "date": 1794700800, "text": "Trucks queued."}
        """;
    ReadResult read = ArticleReader.defaults().readBytes("port.jsonl",
        feed.getBytes(StandardCharsets.UTF_8));

    assertThat(read.articles()).extracting(Article::date)
        .containsExactly("2026-11-23", "Nov 23rd, twenty", "03/04/2026", "2026-11-15T00:00:00Z");
    assertThat(read.warnings()).containsExactly("port.jsonl: the dates of 2 articles cannot be"
        + " read, so they count as undated: 'b' \"Nov 23rd, twenty\", 'c' \"03/04/2026\" (day and"
        + " month could be either way round)");
  }

  @Test
  void manyUnreadableDatesMakeOneShortWarning() {
    StringBuilder feed = new StringBuilder();
    for (int i = 1; i <= 500; i++) {
      feed.append("{\"id\": \"n").append(i).append("\", \"date\": \"the ").append(i)
          .append("th day\", \"text\": \"Day ").append(i).append(" of the strike.\"}\n");
    }
    ReadResult read = ArticleReader.defaults().readBytes("strike.jsonl",
        feed.toString().getBytes(StandardCharsets.UTF_8));

    assertThat(read.articles()).hasSize(500);
    assertThat(read.warnings()).singleElement().asString()
        .startsWith("strike.jsonl: the dates of 500 articles cannot be read")
        .endsWith("'n3' \"the 3th day\" and 497 more");
  }

  @Test
  void htmlMetaCharsetIsHonoured() throws IOException {
    String html =
        "<html><head><meta http-equiv='Content-Type' content='text/html; charset=windows-1250'>"
            + "<title>Řidiči tramvají</title></head><body><p>" + CZECH_TEXT + "</p></body></html>";
    Path file = write("tram.html", html.getBytes(Charset.forName("windows-1250")));

    ReadResult result = read(file);

    assertThat(result.articles().get(0).title()).isEqualTo("Řidiči tramvají");
    assertThat(result.articles().get(0).text()).contains("Příliš žluťoučký kůň");
    assertThat(result.inputs().get(0).charset().name()).isEqualTo("windows-1250");
    assertThat(result.warnings()).as("a declared charset is not a guess").isEmpty();
  }

  // ---- bad input --------------------------------------------------------------------------

  @Test
  void missingPath() {
    String missing = dir.resolve("nope.txt").toString();

    assertThatThrownBy(() -> reader.read(List.of(missing), NO_STDIN))
        .isInstanceOf(PrecisException.class)
        .hasMessage(missing + " does not exist");
  }

  @Test
  void emptyDirectory() throws IOException {
    Path empty = Files.createDirectory(dir.resolve("empty"));

    assertThatThrownBy(() -> read(empty))
        .isInstanceOf(PrecisException.class)
        .hasMessage("no readable articles in " + empty
            + " (looked for .txt, .html, .htm, .json, .jsonl, .rss, .atom, .rdf, .xml, .opml)");
  }

  @Test
  void directoryWithOnlyHiddenAndOtherFilesHasNothingReadable() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("misc"));
    Files.writeString(folder.resolve(".draft.txt"), "Hidden draft.");
    Files.writeString(folder.resolve("photo.jpg"), "not really a photo");
    Files.createDirectory(folder.resolve(".git"));
    Files.writeString(folder.resolve(".git").resolve("notes.txt"), "Hidden directory.");

    assertThatThrownBy(() -> read(folder)).hasMessageStartingWith("no readable articles in " + folder);
  }

  @Test
  void emptyFile() throws IOException {
    Path file = write("empty.txt", "");

    assertThatThrownBy(() -> read(file)).isInstanceOf(PrecisException.class)
        .hasMessage(file + " is empty");
  }

  @Test
  void whiteSpaceOnlyFile() throws IOException {
    Path file = write("blank.txt", " \n\t\r\n ");

    assertThatThrownBy(() -> read(file)).hasMessage(file + " contains only white space");
  }

  @Test
  void fileWithNulBytesIsBinary() throws IOException {
    Path file = write("data.txt", new byte[] {'a', 'b', 0, 0, 1, 'c', 'd', 'e'});

    assertThatThrownBy(() -> read(file))
        .isInstanceOf(PrecisException.class)
        .hasMessage(file + " looks binary (contains NUL bytes), not an article");
  }

  @Test
  void fileFullOfControlCharactersIsBinary() throws IOException {
    byte[] bytes = "text\u0001\u0002\u0003\u0004\u0005\u0006 more".getBytes(StandardCharsets.US_ASCII);
    Path file = write("odd.txt", bytes);

    assertThatThrownBy(() -> read(file))
        .hasMessage(file + " looks binary (40% control characters), not an article");
  }

  @Test
  void knownBinaryFormatsAreNamed() throws IOException {
    Path pdf = write("report.txt", "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n");

    assertThatThrownBy(() -> read(pdf))
        .hasMessage(pdf + " looks binary (a PDF document), not an article");
  }

  @Test
  void oversizeFileIsRefusedBeforeReading() throws IOException {
    Path file = dir.resolve("huge.txt");
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.setLength(50L * 1024 * 1024); // sparse: costs no disk and no time
    }

    assertThatThrownBy(() -> read(file))
        .isInstanceOf(PrecisException.class)
        .hasMessage(file + " is 50.0 MB; the limit is 10 MB per file");
  }

  @Test
  void configuredLimitApplies() throws IOException {
    Path file = write("long.txt", "word ".repeat(600));

    assertThatThrownBy(
            () -> reader.withMaxBytesPerFile(2048).read(List.of(file.toString()), NO_STDIN))
        .hasMessage(file + " is 2.9 KB; the limit is 2 KB per file");
    assertThat(reader.withMaxBytesPerFile(3000).read(List.of(file.toString()), NO_STDIN).articles())
        .hasSize(1);
  }

  @Test
  void invalidJsonLineNamesFileAndLine() throws IOException {
    Path file = write("feed.jsonl",
        "{\"id\": \"a\", \"text\": \"Fine.\"}\n\n{\"id\": \"b\", \"text\": \"Unfinished}\n");

    assertThatThrownBy(() -> read(file))
        .isInstanceOf(PrecisException.class)
        .hasMessageStartingWith(file + ":3: invalid JSON: ");
  }

  @Test
  void unreadableFile() throws IOException {
    Path file = write("secret.txt", "Sealed minutes of the council meeting.");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    assumeThat(Files.isReadable(file)).as("running as root, permissions are not enforced").isFalse();

    assertThatThrownBy(() -> read(file)).hasMessage("cannot read " + file + ": permission denied");
  }

  @Test
  void noInputAtAll() {
    assertThatThrownBy(() -> reader.read(List.of(), NO_STDIN)).hasMessage("no input given");
  }

  // ---- standard input ---------------------------------------------------------------------

  @Test
  void stdinTextIsRead() {
    ReadResult result = reader.read(List.of("-"), stdin("Snow closes mountain pass\n\nThe pass closed."));

    assertThat(result.articles())
        .containsExactly(Article.of("stdin", "The pass closed.").withTitle("Snow closes mountain pass"));
    assertThat(result.inputs().get(0).name()).isEqualTo("standard input");
  }

  @Test
  void stdinFormatIsSniffed() {
    ReadResult lines =
        reader.read(List.of("-"), stdin("{\"text\": \"One.\"}\n{\"text\": \"Two.\"}\n"));
    ReadResult array = reader.read(List.of("-"), stdin("  [{\"text\": \"One.\"}]"));
    ReadResult html = reader.read(List.of("-"),
        stdin("<!doctype html><title>Pass closed</title><p>The pass closed at noon.</p>"));

    assertThat(lines.articles()).extracting(Article::id).containsExactly("stdin-1", "stdin-2");
    assertThat(array.inputs().get(0).format()).isEqualTo(InputFormat.JSON);
    assertThat(html.articles().get(0).title()).isEqualTo("Pass closed");
    assertThat(html.articles().get(0).text()).isEqualTo("The pass closed at noon.");
  }

  @Test
  void emptyStdin() {
    assertThatThrownBy(() -> reader.read(List.of("-"), stdin("")))
        .hasMessage("standard input is empty");
  }

  @Test
  void stdinOverTheLimit() {
    assertThatThrownBy(() -> reader.withMaxBytesPerFile(1024).read(List.of("-"), stdin("x".repeat(1025))))
        .hasMessage("standard input is larger than the limit of 1 KB per file");
  }

  @Test
  void stdinTwice() {
    assertThatThrownBy(() -> reader.read(List.of("-", "-"), stdin("Text.")))
        .hasMessage("standard input ('-') is given more than once");
  }

  // ---- ids and order ----------------------------------------------------------------------

  @Test
  void clashingIdsAreRenamedInInputOrderAndReported() throws IOException {
    Path a = Files.createDirectories(dir.resolve("a"));
    Path b = Files.createDirectories(dir.resolve("b"));
    Files.writeString(a.resolve("storm.txt"), "First storm story.");
    Files.writeString(b.resolve("storm.html"), "<p>Second storm story.</p>");
    Path json = write("more.json", "[{\"id\": \"storm-2\", \"text\": \"Third.\"}]");

    ReadResult result = read(dir.resolve("a"), dir.resolve("b"), json);

    assertThat(result.articles()).extracting(Article::id).containsExactly("storm", "storm-3", "storm-2");
    assertThat(result.warnings())
        .containsExactly("duplicate article id 'storm' in " + b.resolve("storm.html")
            + "; renamed to 'storm-3'");
  }

  @Test
  void articleFilesAreJsonLinesWhateverTheirNameAndShareOneRunWithThePaths() throws IOException {
    Path story = write("port.txt", "Port strike\n\nDock workers walked out.");
    Path feed = write("feed.txt", "{\"id\": \"port\", \"text\": \"The strike goes on.\"}\n"
        + "{\"id\": \"bakery\", \"text\": \"A bakery won a prize.\"}\n");
    Path array = write("more.json", "\uFEFF  [{\"id\": \"late\", \"text\": \"Talks began.\"}]");

    ReadResult result = reader.read(List.of(story.toString()),
        List.of(feed.toString(), array.toString()), NO_STDIN);

    assertThat(result.articles()).extracting(Article::id)
        .containsExactly("port", "port-2", "bakery", "late");
    assertThat(result.inputs()).extracting(ReadResult.Input::format)
        .containsExactly(InputFormat.TEXT, InputFormat.JSONL, InputFormat.JSON);
    assertThat(result.warnings()).containsExactly("duplicate article id 'port' in " + feed
        + "; renamed to 'port-2'");
  }

  @Test
  void articleFilesFromStdinAndTheirErrors() {
    ReadResult fromStdin = reader.read(List.of(), List.of("-"),
        stdin("{\"id\": \"a\", \"text\": \"One.\"}\n"));
    assertThat(fromStdin.articles()).extracting(Article::id).containsExactly("a");
    assertThatThrownBy(() -> reader.read(List.of("-"), List.of("-"), stdin("Text.")))
        .hasMessage("standard input ('-') is given more than once");
    assertThatThrownBy(() -> reader.read(List.of(), List.of(dir.toString()), NO_STDIN))
        .hasMessage(dir + " is a directory, not a file of JSON lines");
    assertThatThrownBy(() -> reader.read(List.of(), List.of(), NO_STDIN))
        .hasMessage("no input given");
  }

  @Test
  void directoriesAreWalkedInNameOrderWhateverTheCreationOrder() throws IOException {
    Path news = Files.createDirectory(dir.resolve("news"));
    Files.createDirectories(news.resolve("b-world"));
    Files.writeString(news.resolve("b-world").resolve("z.txt"), "World Z.");
    Files.writeString(news.resolve("b-world").resolve("a.txt"), "World A.");
    Files.writeString(news.resolve("c.txt"), "C.");
    Files.writeString(news.resolve("README"), "Not an article.");
    Files.writeString(news.resolve(".hidden.txt"), "Hidden.");
    Files.writeString(news.resolve("a.jsonl"), "{\"id\": \"j\", \"text\": \"J.\"}");

    ReadResult first = read(news);
    ReadResult second = read(news);

    assertThat(first.articles()).extracting(Article::text)
        .containsExactly("J.", "World A.", "World Z.", "C.");
    assertThat(second).isEqualTo(first);
    assertThat(first.warnings())
        .containsExactly(news + ": skipped 1 file not ending in .txt, .html, .htm, .json, .jsonl,"
            + " .rss, .atom, .rdf, .xml, .opml");
  }

  // ---- bytes from a service ---------------------------------------------------------------

  @Test
  void readBytesUsesTheNameForFormatAndId() throws IOException {
    byte[] page = HtmlArticleExtractorTest.resource("harbour-bridge.html").getBytes(StandardCharsets.UTF_8);

    ReadResult result = reader.readBytes("uploads/bridge.html", page);

    assertThat(result.articles().get(0).id()).isEqualTo("bridge");
    assertThat(result.articles().get(0).source()).isEqualTo("The Coastal Ledger");
  }

  @Test
  void readBytesWithDetectedFormatAndLimit() {
    byte[] json = "{\"text\": \"Pasted.\"}".getBytes(StandardCharsets.UTF_8);

    assertThat(reader.readBytes("paste", json, InputFormat.detect(json)).articles())
        .containsExactly(Article.of("paste", "Pasted."));
    assertThatThrownBy(() -> reader.withMaxBytesPerFile(10).readBytes("paste", json))
        .hasMessage("paste is 19 bytes; the limit is 10 bytes per file");
  }

  // ---- many files -------------------------------------------------------------------------

  @Test
  void fiveThousandSmallArticlesAreAllReadInNameOrder() throws IOException {
    Path many = Files.createDirectory(dir.resolve("many"));
    // Creating the files is the slow part of this test; in parallel it takes a fraction.
    IntStream.range(0, 5000).parallel().forEach(i -> write(many.resolve(
        String.format("article-%04d.txt", i)), "Headline number " + i + "\n\nBody " + i + ".\n"));

    ReadResult result = read(many);

    assertThat(result.articles()).hasSize(5000);
    assertThat(result.articles().get(0).id()).isEqualTo("article-0000");
    assertThat(result.articles().get(4999).id()).isEqualTo("article-4999");
  }

  // ---- helpers ----------------------------------------------------------------------------

  private ReadResult read(Path... paths) {
    return reader.read(Arrays.stream(paths).map(Path::toString).toList(), NO_STDIN);
  }

  @Test
  void aNamedPipeOrADeviceIsRefusedBeforeItIsOpened() throws Exception {
    Path fifo = dir.resolve("feed.txt");
    assumeThat(mkfifo(fifo)).as("mkfifo is available").isTrue();
    // opening a pipe nobody writes to would block for ever: the refusal comes first
    assertThatThrownBy(() -> reader.read(List.of(fifo.toString()), stdin("")))
        .isInstanceOf(PrecisException.class)
        .hasMessage(fifo + " is a named pipe (FIFO), not a regular file or directory; give a "
            + "file, a directory, or - to read standard input");
    assertThatThrownBy(() -> reader.read(List.of(), List.of(fifo.toString()), stdin("")))
        .isInstanceOf(PrecisException.class)
        .hasMessageStartingWith(fifo + " is a named pipe (FIFO)");
    Path zero = Path.of("/dev/zero");
    assumeThat(zero).exists();
    assertThatThrownBy(() -> reader.read(List.of(zero.toString()), stdin("")))
        .isInstanceOf(PrecisException.class)
        .hasMessageStartingWith("/dev/zero is a character device, not a regular file");
  }

  @Test
  void aNamedPipeInADirectoryIsSkippedAndTheRestRead() throws Exception {
    Path fifo = dir.resolve("b-pipe.txt");
    assumeThat(mkfifo(fifo)).as("mkfifo is available").isTrue();
    write("a-council.txt", "Council meets on Tuesday to set the harbour fees.");
    write("c-ferry.txt", "The ferry to Holmhaven sails again from Monday.");
    ReadResult result = reader.read(List.of(dir.toString()), stdin(""));
    assertThat(result.articles()).extracting(Article::id).containsExactly("a-council", "c-ferry");
    assertThat(result.warnings())
        .containsExactly("skipped " + fifo + ": a named pipe (FIFO), not a regular file");
  }

  /** Found by the TextDecodingFuzzer: U+0085 is a line break to Java but not white space. */
  @Test
  void aTextOfLineBreaksOnlyIsRefused() {
    byte[] nextLine = {(byte) 0xFF, (byte) 0xFE, (byte) 0x85, 0};
    assertThatThrownBy(() -> reader.readBytes("breaks.txt", nextLine))
        .isInstanceOf(PrecisException.class)
        .hasMessage("breaks.txt contains only white space");
    assertThatThrownBy(() -> reader.readBytes("separators.txt",
        "\u2028\n\u2029".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(PrecisException.class)
        .hasMessage("separators.txt contains only white space");
  }

  private static boolean mkfifo(Path path) throws InterruptedException {
    try {
      return new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0;
    } catch (IOException e) {
      return false;
    }
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream stdin(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}

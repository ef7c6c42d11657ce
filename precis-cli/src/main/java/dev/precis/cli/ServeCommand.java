package dev.precis.cli;

import dev.precis.PrecisException;
import dev.precis.fetch.PageFetcher;
import dev.precis.follow.FeedFollower;
import dev.precis.read.ArticleReader;
import dev.precis.read.FeedOutline;
import dev.precis.server.PrecisServer;
import dev.precis.text.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code precis serve}: the JSON API, the web page and the article store in one process. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Runs Précis as a service: a web page and a JSON API.",
      "The web page summarizes articles and browses stories; the API is described at "
          + "/api/openapi.json.",
      "Articles sent to POST /api/articles are kept in a Lucene index in --data and grouped into "
          + "stories; a restart keeps everything."
    })
final class ServeCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = {"-p", "--port"}, paramLabel = "PORT", defaultValue = "8080",
      description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
      description = "Interface to listen on (default: ${DEFAULT-VALUE}, this machine only; "
          + "0.0.0.0 for every interface, which needs --token-file).")
  String host;

  @Option(names = "--token-file", paramLabel = "FILE",
      description = "A file holding the access token that POST /api/articles must send as "
          + "Authorization: Bearer TOKEN (16 or more characters, e.g. openssl rand -hex 32). "
          + "Required when --host is not loopback.")
  Path tokenFile;

  @Option(names = "--allow-host", paramLabel = "NAME",
      description = "A host name clients use to reach the server (its DNS name, its address); "
          + "requests naming another host are refused. Repeat for several. Loopback names and "
          + "--host are always allowed.")
  List<String> allowHosts = new ArrayList<>();

  @Option(names = "--request-seconds", paramLabel = "S", defaultValue = "30",
      description = "The time one request's work may take; then it is stopped with 503 "
          + "(default: ${DEFAULT-VALUE}).")
  int requestSeconds;

  @Option(names = {"-d", "--data"}, paramLabel = "DIR", defaultValue = "precis-data",
      description = "Where the article store lives; created when missing (default: "
          + "${DEFAULT-VALUE}).")
  Path data;

  @Option(names = "--max-body-mb", paramLabel = "MB", defaultValue = "16",
      description = "Largest request body accepted (default: ${DEFAULT-VALUE}).")
  long maxBodyMb;

  @Option(names = {"-l", "--language"}, paramLabel = "LANG", defaultValue = "english",
      description = "Language of the articles sent to the store (english, french, czech, greek, "
          + "arabic, hebrew, hindi, or their codes): their stories are found and summarized in "
          + "it (default: ${DEFAULT-VALUE}). POST /api/summarize names its own.")
  String language;

  @Option(names = "--follow", paramLabel = "FILE.opml",
      description = "Follow the feeds this OPML file lists (their http(s) addresses); repeat for "
          + "several. Followed feeds are kept in --data, so a restart resumes them.")
  List<Path> follow = new ArrayList<>();

  @Option(names = "--poll-minutes", paramLabel = "MIN", defaultValue = "15",
      description = "Time between two polls of a followed feed; its ttl or Retry-After may ask "
          + "for longer (default: ${DEFAULT-VALUE}).")
  double pollMinutes;

  @Option(names = "--fetch-interval", paramLabel = "SECONDS", defaultValue = "1",
      description = "Least time between two requests to the same host (default: "
          + "${DEFAULT-VALUE}).")
  double fetchInterval;

  @Option(names = "--no-fetch-pages",
      description = "Keep the teaser of a followed feed's entry instead of reading the page it "
          + "links.")
  boolean noFetchPages;

  /** The running server, for tests that stop it. */
  volatile PrecisServer server;

  @Override
  public Integer call() throws InterruptedException {
    if (maxBodyMb < 1 || maxBodyMb > 2_000) {
      throw new PrecisException("--max-body-mb must be between 1 and 2000, not " + maxBodyMb);
    }
    if (requestSeconds < 1 || requestSeconds > 3_600) {
      throw new PrecisException("--request-seconds must be between 1 and 3600, not "
          + requestSeconds);
    }
    PrecisServer.Config config = PrecisServer.Config.defaults(data)
        .withHost(host).withPort(port).withMaxBodyBytes(maxBodyMb * 1024 * 1024)
        .withLanguage(Language.parse(language)).withAllowedHosts(Set.copyOf(allowHosts))
        .withRequestTimeout(Duration.ofSeconds(requestSeconds));
    if (tokenFile != null) {
      config = config.withTokenFile(tokenFile);
    }
    if (!(pollMinutes >= 0.001 && pollMinutes <= 7 * 24 * 60)) {
      throw new PrecisException("--poll-minutes must be between 0.001 and 10080, not "
          + pollMinutes);
    }
    if (!(fetchInterval >= 0 && fetchInterval <= 60)) {
      throw new PrecisException("--fetch-interval must be between 0 and 60 seconds");
    }
    config = config.withFollow(FeedFollower.Options.defaults()
        .withInterval(Duration.ofMillis(Math.round(pollMinutes * 60_000)))
        .withFetch(PageFetcher.Options.defaults()
            .withPerHostInterval(Duration.ofMillis(Math.round(fetchInterval * 1000))))
        .withFullText(!noFetchPages));
    // read before the server starts, so a bad file stops it with one message
    List<FeedOutline> outlines = new ArrayList<>();
    for (Path file : follow) {
      outlines.addAll(ArticleReader.readOpml(file.toString(), readOpml(file)));
    }
    PrecisServer server = PrecisServer.start(config);
    this.server = server;
    for (FeedOutline outline : outlines) {
      if (!PageFetcher.looksLikeUrl(outline.xmlUrl())) {
        spec.commandLine().getErr().println("precis: warning: not following " + outline.xmlUrl()
            + ": the service follows http(s) addresses only");
        continue;
      }
      try {
        server.feeds().follow(outline.xmlUrl(), outline.title());
      } catch (PrecisException e) {
        spec.commandLine().getErr().println("precis: warning: not following "
            + outline.xmlUrl() + ": " + e.getMessage());
      }
    }
    // Ctrl-C or kill: stop listening and close the store (everything acknowledged is on disk)
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "precis-shutdown"));
    spec.commandLine().getOut().println("precis: serving " + server.url() + " (data in "
        + data.toAbsolutePath().normalize() + ", " + config.language().label()
        + " articles" + (config.token() != null ? "; writes need the token" : "")
        + "); Ctrl-C stops");
    if (!outlines.isEmpty()) {
      spec.commandLine().getOut().println("precis: following " + server.feeds().feeds().size()
          + " feeds");
    }
    spec.commandLine().getOut().flush();
    server.join();
    return 0;
  }

  private static byte[] readOpml(Path file) {
    try {
      if (!Files.isRegularFile(file)) {
        throw new PrecisException("--follow " + file + ": no such file");
      }
      if (Files.size(file) > 10L * 1024 * 1024) {
        throw new PrecisException("--follow " + file + " is larger than 10 MB");
      }
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new PrecisException("cannot read --follow " + file + ": " + e.getMessage(), e);
    }
  }
}

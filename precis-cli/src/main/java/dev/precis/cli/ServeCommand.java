package dev.precis.cli;

import dev.precis.PrecisException;
import dev.precis.server.PrecisServer;
import dev.precis.text.Language;
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
    PrecisServer server = PrecisServer.start(config);
    this.server = server;
    // Ctrl-C or kill: stop listening and close the store (everything acknowledged is on disk)
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "precis-shutdown"));
    spec.commandLine().getOut().println("precis: serving " + server.url() + " (data in "
        + data.toAbsolutePath().normalize() + ", " + config.language().label()
        + " articles" + (config.token() != null ? "; writes need the token" : "")
        + "); Ctrl-C stops");
    spec.commandLine().getOut().flush();
    server.join();
    return 0;
  }
}

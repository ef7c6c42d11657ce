package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.PrecisException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code precis serve}: starts, answers, and refuses an unusable data directory clearly. */
class ServeCommandTest {
  @TempDir Path dir;

  @Test
  void servesUntilStopped() throws Exception {
    ServeCommand serve = new ServeCommand();
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(serve);
    cli.setOut(new PrintWriter(out, true));
    cli.parseArgs("--port", "0", "--data", dir.resolve("data").toString());
    Thread thread = new Thread(() -> {
      try {
        serve.call();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    thread.setDaemon(true);
    thread.start();
    String url = null;
    for (int i = 0; i < 200 && url == null; i++) {
      Thread.sleep(50);
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("serving (\\S+)")
          .matcher(out.toString());
      url = m.find() ? m.group(1) : null;
    }
    assertThat(url).as(out.toString()).startsWith("http://127.0.0.1:");
    HttpResponse<String> health = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(url + "api/health")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(health.body()).contains("\"status\":\"ok\"");
    serve.server.close();
    thread.join(10_000);
    assertThat(thread.isAlive()).isFalse();
  }

  @Test
  void aFileAsDataDirectoryIsAClearError() throws Exception {
    Path file = Files.writeString(dir.resolve("notes.txt"), "not a directory");
    ServeCommand serve = new ServeCommand();
    new CommandLine(serve).parseArgs("--port", "0", "--data", file.toString());
    assertThatThrownBy(serve::call).isInstanceOf(PrecisException.class)
        .hasMessage("the data directory " + file + " is a file, not a directory");
  }

  @Test
  void anUnknownLanguageIsRefusedBeforeAnythingListens() {
    CliRun run = CliRun.of("serve", "--port", "0", "--data", dir.resolve("data").toString(),
        "--language", "klingon");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("unknown language 'klingon'; known: english (en)")
        .doesNotContain("Exception");
    assertThat(dir.resolve("data")).doesNotExist();
  }

  @Test
  void listeningBeyondThisMachineWithoutATokenIsRefused() throws Exception {
    CliRun open = CliRun.of("serve", "--host", "0.0.0.0", "--port", "0", "--data",
        dir.resolve("data").toString());
    assertThat(open.exitCode()).isEqualTo(2);
    assertThat(open.err()).contains("writes need an access token: give --token-file FILE")
        .doesNotContain("Exception");
    CliRun missing = CliRun.of("serve", "--host", "0.0.0.0", "--port", "0", "--data",
        dir.resolve("data").toString(), "--token-file", dir.resolve("no-token").toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("cannot read the token file " + dir.resolve("no-token"));
    Path weak = Files.writeString(dir.resolve("weak"), "letmein\n");
    CliRun shortToken = CliRun.of("serve", "--port", "0", "--data",
        dir.resolve("data").toString(), "--token-file", weak.toString());
    assertThat(shortToken.exitCode()).isEqualTo(2);
    assertThat(shortToken.err()).contains("must be at least 16 printable ASCII characters");
    assertThat(dir.resolve("data")).doesNotExist();
  }
}

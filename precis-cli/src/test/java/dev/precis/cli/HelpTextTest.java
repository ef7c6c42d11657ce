package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The help every command prints: read by newcomers before anything else. */
class HelpTextTest {

  /**
   * Picocli starts a new line at each description element and wraps within it, so an element
   * cut mid-sentence prints as a ragged line. Each element is therefore a whole sentence or
   * paragraph, and the first, which the command list shows, a short summary.
   */
  @Test
  void everyDescriptionElementIsAWholeSentence() {
    Map<String, CommandLine> commands = PrecisCommand.commandLine().getSubcommands();
    assertThat(commands).isNotEmpty();
    commands.forEach((name, command) -> {
      if (command.getCommandSpec().helpCommand()) {
        return; // picocli's own
      }
      String[] description = command.getCommandSpec().usageMessage().description();
      assertThat(description).as(name).isNotEmpty();
      for (String element : description) {
        assertThat(element).as(name).endsWith(".");
        assertThat(Character.isUpperCase(element.charAt(0))).as(name + ": " + element).isTrue();
      }
      assertThat(description[0].length()).as(name + " summary").isLessThanOrEqualTo(90);
    });
  }

  @Test
  void helpLinesFitTheTerminal() {
    for (String name : PrecisCommand.commandLine().getSubcommands().keySet()) {
      CliRun run = CliRun.of(name, "--help");
      assertThat(run.exitCode()).as(name).isZero();
      assertThat(run.out()).as(name).contains("Usage: precis " + name);
      for (String line : run.out().split("\n")) {
        assertThat(line.length()).as(name + ": " + line).isLessThanOrEqualTo(80);
      }
    }
  }

  @Test
  void aRunBuildsOnlyTheCommandItNamesAndHelpStillSeesThemAll() {
    assertThat(PrecisCommand.commandLine("summarize").getSubcommands()).containsOnlyKeys(
        "summarize");
    var all = PrecisCommand.commandLine(null).getSubcommands().keySet();
    assertThat(all).contains("summarize", "eval-query", "eval-furniture", "train-verify", "serve",
        "help").hasSize(19);
    assertThat(PrecisCommand.commandLine("sumarize").getSubcommands().keySet()).isEqualTo(all);
    assertThat(PrecisCommand.commandLine("help").getSubcommands().keySet()).isEqualTo(all);

    CliRun usage = CliRun.of();
    assertThat(usage.out()).contains("summarize", "digest", "serve", "train-sentences");
    CliRun help = CliRun.of("help", "digest");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("Usage: precis digest");
    CliRun misspelt = CliRun.of("sumarize");
    assertThat(misspelt.exitCode()).isEqualTo(2);
    assertThat(misspelt.err()).contains("summarize");
  }
}

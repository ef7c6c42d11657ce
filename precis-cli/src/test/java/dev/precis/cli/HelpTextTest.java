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
    Map<String, CommandLine> commands = new CommandLine(new PrecisCommand()).getSubcommands();
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
    for (String name : new CommandLine(new PrecisCommand()).getSubcommands().keySet()) {
      CliRun run = CliRun.of(name, "--help");
      assertThat(run.exitCode()).as(name).isZero();
      assertThat(run.out()).as(name).contains("Usage: precis " + name);
      for (String line : run.out().split("\n")) {
        assertThat(line.length()).as(name + ": " + line).isLessThanOrEqualTo(80);
      }
    }
  }
}
